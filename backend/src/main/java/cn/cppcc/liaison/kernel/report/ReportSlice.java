package cn.cppcc.liaison.kernel.report;

/** What a report's row may be about besides a period, with the list filter that names it in a drill-down. */
public enum ReportSlice {
    TOWNSHIP("townshipId"),
    PLATFORM("platformId"),
    STUDIO("studioId"),
    CATEGORY("categoryId");

    /** The query parameter the lists take for it. */
    public final String parameter;

    ReportSlice(String parameter) {
        this.parameter = parameter;
    }
}
