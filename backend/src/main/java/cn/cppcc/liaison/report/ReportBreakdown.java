package cn.cppcc.liaison.report;

import cn.cppcc.liaison.kernel.report.ReportFigure;
import java.time.LocalDate;
import java.util.List;

/**
 * A period's figures by month, quarter, township, platform, studio, opinion category, group, sector, member or
 * committee: {@code total} rows in all, of which a page of members ({@code page}, {@code size}) when by member; by
 * committee also their {@code sum}, the rows summed (null for the other dimensions).
 */
public record ReportBreakdown(long committeeId, String committeeName, ReportDimension by,
        ReportSummary.Period period, long total, Integer page, Integer size, List<Row> rows, Sum sum) {

    /**
     * A township, platform… ({@code id}) or a part of the period ({@code from}–{@code to}), with its figures and the
     * paragraph they make, as the summary's.
     */
    public record Row(Slice slice, String text, List<Figure> figures) {
    }

    /**
     * Whose or when the row is; a member's row read by a reporter names no one (no id, no name); a committee's row
     * also names its parent in the tree (none for the committee asked of) and its depth there.
     */
    public record Slice(Long id, String name, LocalDate from, LocalDate to, Long parentId, Integer depth) {

        static Slice of(Long id, String name, LocalDate from, LocalDate to) {
            return new Slice(id, name, from, to, null, null);
        }
    }

    /** A row's figure; a member's row read by a reporter has no drill-down, which would name the member. */
    public record Figure(ReportFigure key, String label, String unit, long value, ReportSummary.DrillDown drillDown) {
    }

    /** The rows' figures summed, those that add up only: no list gives them, each row's drill-down gives its part. */
    public record Sum(List<Summed> figures) {
    }

    public record Summed(ReportFigure key, String label, String unit, long value) {
    }
}
