package cn.cppcc.liaison.report;

import cn.cppcc.liaison.kernel.report.ReportFigure;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A committee's figures for a period, each with its definition, the list that gives its records and its values in
 * the period before and the same period a year before, and the paragraph they make. Of a whole subtree
 * ({@link ReportScope#SUBTREE}) the figures are sums, with no list of their own ({@code drillDown} null).
 */
public record ReportSummary(long committeeId, String committeeName, ReportScope scope, Period period,
        Period previousPeriod, Period yearAgoPeriod, String text, List<Figure> figures) {

    /** Both days included; {@code asOf} judges what stands at the period's end. */
    public record Period(LocalDate from, LocalDate to, LocalDate asOf, String label) {
    }

    public record Figure(ReportFigure key, String label, String unit, String definition, long value,
            Long previousValue, Long yearAgoValue, DrillDown drillDown) {
    }

    /** Call {@code operationId} with {@code query}: its {@code measure} ({@code total} or a sum) is the figure. */
    public record DrillDown(String operationId, Map<String, String> query, String measure) {
    }
}
