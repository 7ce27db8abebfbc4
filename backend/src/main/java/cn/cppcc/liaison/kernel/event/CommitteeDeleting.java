package cn.cppcc.liaison.kernel.event;

/**
 * A committee nothing refers to any more is about to be deleted; features remove what belongs to it alone
 * (its opinion categories) in the same transaction.
 */
public record CommitteeDeleting(long committeeId) {
}
