package cn.cppcc.liaison.report;

import cn.cppcc.liaison.kernel.report.ReportFigure;
import java.time.LocalDate;
import java.util.List;

/** A period's figures by month, quarter, township, platform, studio or opinion category. */
public record ReportBreakdown(long committeeId, String committeeName, ReportDimension by,
        ReportSummary.Period period, List<Row> rows) {

    /**
     * A township, platform… ({@code id}) or a part of the period ({@code from}–{@code to}), with its figures and the
     * paragraph they make, as the summary's.
     */
    public record Row(Slice slice, String text, List<Figure> figures) {
    }

    public record Slice(Long id, String name, LocalDate from, LocalDate to) {
    }

    public record Figure(ReportFigure key, String label, String unit, long value, ReportSummary.DrillDown drillDown) {
    }
}
