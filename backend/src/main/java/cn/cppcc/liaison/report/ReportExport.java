package cn.cppcc.liaison.report;

import cn.cppcc.liaison.kernel.Export;
import cn.cppcc.liaison.kernel.ExportColumn;
import cn.cppcc.liaison.kernel.report.ReportFigure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A summary or a breakdown as a file, with the same figures as its JSON: the summary a line per figure with its
 * values in the period, the period before and a year before; a breakdown a line per row, a column per figure. The
 * title names the committee, the periods and the dimension, and every figure is a number.
 */
final class ReportExport {

    /** What a breakdown's first column holds, by dimension. */
    private static final Map<ReportDimension, String> ROW_NAMES = Map.of(ReportDimension.MONTH, "月份",
            ReportDimension.QUARTER, "季度", ReportDimension.TOWNSHIP, "乡镇（街道）", ReportDimension.PLATFORM, "平台",
            ReportDimension.STUDIO, "委员工作室", ReportDimension.CATEGORY, "社情民意类别", ReportDimension.GROUP,
            "活动组", ReportDimension.SECTOR, "界别", ReportDimension.MEMBER, "委员", ReportDimension.COMMITTEE, "政协");

    private ReportExport() {
    }

    static Export<ReportSummary.Figure> summary(ReportSummary summary, Export.Format format) {
        String title = summary.committeeName() + (summary.scope() == ReportScope.SUBTREE ? "及其下级政协" : "") + " "
                + summary.period().label() + "报表（" + days(summary.period()) + "；上期 " + days(summary.previousPeriod())
                + "；去年同期 " + days(summary.yearAgoPeriod()) + "）";
        List<ExportColumn<ReportSummary.Figure>> columns = List.of(
                ExportColumn.text("指标", ReportSummary.Figure::label),
                ExportColumn.text("单位", ReportSummary.Figure::unit),
                ExportColumn.number("本期", ReportSummary.Figure::value),
                ExportColumn.number("上期", ReportSummary.Figure::previousValue),
                ExportColumn.number("去年同期", ReportSummary.Figure::yearAgoValue),
                ExportColumn.text("指标代码", f -> f.key().name()),
                ExportColumn.text("口径", ReportSummary.Figure::definition));
        return Export.of(format, title, columns, summary.figures());
    }

    /**
     * A breakdown's rows, and by committee a last line 合计 of the figures that add up; a member's row read by a
     * reporter names no one, as in the JSON.
     */
    static Export<ReportBreakdown.Row> breakdown(ReportBreakdown breakdown, Export.Format format) {
        String title = breakdown.committeeName() + " " + breakdown.period().label() + "报表，按"
                + ROW_NAMES.get(breakdown.by()) + "（" + days(breakdown.period()) + "，共 " + breakdown.total() + " 行）";
        List<ReportFigure> figures = new ArrayList<>();
        for (ReportBreakdown.Row row : breakdown.rows()) {
            row.figures().forEach(f -> {
                if (!figures.contains(f.key())) {
                    figures.add(f.key());
                }
            });
        }
        List<ExportColumn<ReportBreakdown.Row>> columns = new ArrayList<>();
        columns.add(ExportColumn.number("编号", row -> row.slice().id()));
        columns.add(ExportColumn.text(ROW_NAMES.get(breakdown.by()), row -> row.slice().name()));
        if (breakdown.by() == ReportDimension.MONTH || breakdown.by() == ReportDimension.QUARTER) {
            columns.add(ExportColumn.date("开始日期", row -> row.slice().from()));
            columns.add(ExportColumn.date("结束日期", row -> row.slice().to()));
        }
        if (breakdown.by() == ReportDimension.COMMITTEE) {
            columns.add(ExportColumn.number("上级政协编号", row -> row.slice().parentId()));
            columns.add(ExportColumn.number("层级", row -> row.slice().depth()));
        }
        for (ReportFigure figure : figures) {
            columns.add(ExportColumn.number(figure.label + "（" + figure.unit + "）", value(figure)));
        }
        List<ReportBreakdown.Row> rows = new ArrayList<>(breakdown.rows());
        if (breakdown.sum() != null) {
            rows.add(new ReportBreakdown.Row(ReportBreakdown.Slice.of(null, "合计", null, null), null,
                    breakdown.sum().figures().stream().map(s -> new ReportBreakdown.Figure(s.key(), s.label(),
                            s.unit(), s.value(), null)).toList()));
        }
        return Export.of(format, title, columns, rows);
    }

    private static Function<ReportBreakdown.Row, Long> value(ReportFigure figure) {
        return row -> row.figures().stream().filter(f -> f.key() == figure).findFirst()
                .map(ReportBreakdown.Figure::value).orElse(null);
    }

    private static String days(ReportSummary.Period period) {
        return period.from() + " 至 " + period.to();
    }
}
