package cn.cppcc.liaison.report;

import cn.cppcc.liaison.kernel.report.ReportFigure;
import java.time.LocalDate;
import java.util.List;

/**
 * A period's figures by month, quarter, township, platform, studio, opinion category or committee; by committee
 * also their {@code total}, the rows summed (null for the other dimensions).
 */
public record ReportBreakdown(long committeeId, String committeeName, ReportDimension by,
        ReportSummary.Period period, List<Row> rows, Total total) {

    /** A township, platform… ({@code id}) or a part of the period ({@code from}–{@code to}), with its figures. */
    public record Row(Slice slice, List<Figure> figures) {
    }

    /** A committee's row also names its parent in the tree (none for the committee asked of) and its depth there. */
    public record Slice(Long id, String name, LocalDate from, LocalDate to, Long parentId, Integer depth) {

        static Slice of(Long id, String name, LocalDate from, LocalDate to) {
            return new Slice(id, name, from, to, null, null);
        }
    }

    public record Figure(ReportFigure key, String label, String unit, long value, ReportSummary.DrillDown drillDown) {
    }

    /** The rows' figures summed, those that add up only: no list gives them, each row's drill-down gives its part. */
    public record Total(List<Sum> figures) {
    }

    public record Sum(ReportFigure key, String label, String unit, long value) {
    }
}
