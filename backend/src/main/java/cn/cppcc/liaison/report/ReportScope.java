package cn.cppcc.liaison.report;

/** Whose records a summary counts: the committee's own, or its own and those of every committee below it, summed. */
public enum ReportScope {
    OWN, SUBTREE
}
