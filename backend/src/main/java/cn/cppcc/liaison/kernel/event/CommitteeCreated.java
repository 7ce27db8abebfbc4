package cn.cppcc.liaison.kernel.event;

/** A committee was created; observed in the same transaction by the features that give it its defaults. */
public record CommitteeCreated(long committeeId) {
}
