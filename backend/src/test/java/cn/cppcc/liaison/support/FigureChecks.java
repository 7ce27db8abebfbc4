package cn.cppcc.liaison.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The check every figure's test makes: a list's total with {@code figure=} is what the figure counts. */
public final class FigureChecks {

    /** What a figure counts over the items a filter lists, for a period, by DOMAIN.md's words. */
    @FunctionalInterface
    public interface Counted {
        long of(String figure, List<Map<String, Object>> items, String period);
    }

    private FigureChecks() {
    }

    /** {@code "from/to"}, either side empty, as the query parameters {@code from} and {@code to} name. */
    public static Map<String, Object> period(String period, String from, String to) {
        Map<String, Object> query = new HashMap<>();
        if (!period.isEmpty()) {
            String[] ends = period.split("/", -1);
            if (!ends[0].isEmpty()) {
                query.put(from, ends[0]);
            }
            if (!ends[1].isEmpty()) {
                query.put(to, ends[1]);
            }
        }
        return query;
    }

    public static Map<String, Object> period(String period) {
        return period(period, "from", "to");
    }

    /** A period's first day, or null when it is open at the start. */
    public static LocalDate from(String period) {
        String day = period.isEmpty() ? "" : period.split("/", -1)[0];
        return day.isEmpty() ? null : LocalDate.parse(day);
    }

    /** A period's last day, or null when it is open at the end. */
    public static LocalDate to(String period) {
        String day = period.isEmpty() ? "" : period.split("/", -1)[1];
        return day.isEmpty() ? null : LocalDate.parse(day);
    }

    /** Whether a day lies in the period, both ends included. */
    public static boolean within(LocalDate day, String period) {
        LocalDate from = from(period);
        LocalDate to = to(period);
        return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /**
     * For every filter alone, every period and every figure, the list's {@code total} equals what {@code counted}
     * finds among the filter's items; answers how many of those totals were not zero.
     */
    public static int everyFilterPeriodAndFigure(String path, Map<String, Map<String, Object>> filters,
            List<String> periods, List<String> figures, Counted counted) {
        int nonZero = 0;
        for (var filter : filters.entrySet()) {
            List<Map<String, Object>> items = Pages.all(path, filter.getValue());
            for (String period : periods) {
                for (String figure : figures) {
                    Map<String, Object> query = new HashMap<>(filter.getValue());
                    query.putAll(period(period));
                    query.put("figure", figure);
                    long total = Pages.total(path, query);
                    assertEquals(counted.of(figure, items, period), total,
                            filter.getKey() + " · " + period + " · " + figure);
                    nonZero += total > 0 ? 1 : 0;
                }
            }
        }
        return nonZero;
    }

    /** For each period ({@code "from/to"}), the list's totals with {@code figure=} each of {@code figures}, in order. */
    public static void totals(String path, List<String> figures, Map<String, List<Integer>> expected) {
        for (var period : expected.entrySet()) {
            for (int i = 0; i < figures.size(); i++) {
                Map<String, Object> query = period(period.getKey());
                query.put("figure", figures.get(i));
                assertEquals(period.getValue().get(i).longValue(), Pages.total(path, query),
                        figures.get(i) + " " + period.getKey());
            }
        }
    }
}
