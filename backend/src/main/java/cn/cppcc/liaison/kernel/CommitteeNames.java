package cn.cppcc.liaison.kernel;

/**
 * A committee's name by its id, for what the kernel writes about a committee (an export's title) without knowing
 * where committees are kept; the committee feature provides it.
 */
public interface CommitteeNames {

    /** The committee's name, or null when there is no such committee. */
    String nameOf(long committeeId);
}
