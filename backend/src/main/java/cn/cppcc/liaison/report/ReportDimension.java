package cn.cppcc.liaison.report;

import cn.cppcc.liaison.kernel.report.ReportSlice;

/**
 * What a breakdown's rows are: the period's months or quarters, the committee's townships, platforms, studios,
 * opinion categories, activity groups, sectors or members (in office during the period, a page at a time), or the
 * committee and the committees below it (COMMITTEE), each row the whole figures of one committee.
 */
public enum ReportDimension {
    MONTH(null), QUARTER(null), TOWNSHIP(ReportSlice.TOWNSHIP), PLATFORM(ReportSlice.PLATFORM),
    STUDIO(ReportSlice.STUDIO), CATEGORY(ReportSlice.CATEGORY), GROUP(ReportSlice.GROUP), SECTOR(ReportSlice.SECTOR),
    MEMBER(ReportSlice.MEMBER), COMMITTEE(null);

    /** The slice each row asks the features about, or null for a row that is a part of the period or a committee. */
    final ReportSlice slice;

    ReportDimension(ReportSlice slice) {
        this.slice = slice;
    }
}
