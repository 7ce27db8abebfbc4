package cn.cppcc.liaison.kernel.report;

import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A period as the kept month rows and day rows read it: its whole months (the first day of the first and of the
 * last; none when the first comes after the last) and the days before and after them, {@code from}–{@code before}
 * and {@code after}–{@code to}, empty when the day before comes first.
 */
public record KeptMonths(LocalDate first, LocalDate last, LocalDate before, LocalDate after) {

    public static KeptMonths of(LocalDate from, LocalDate to) {
        LocalDate first = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate end = to.plusDays(1).getDayOfMonth() == 1 ? to : to.withDayOfMonth(1).minusDays(1);
        if (end.isBefore(first)) {
            // No whole month: every day is read from the day rows.
            return new KeptMonths(first, first.minusMonths(1), to, to.plusDays(1));
        }
        return new KeptMonths(first, end.withDayOfMonth(1), first.minusDays(1), end.plusDays(1));
    }

    /**
     * The kept rows of the days from {@code from} to {@code to}: {@code monthColumns} of {@code monthTable} for its
     * whole months and {@code dayColumns} of {@code dayTable} for the days before and after them, each table named
     * {@code k} and its rows meeting {@code where} with {@code k.month} or {@code k.day} in range; one select per
     * range, which PostgreSQL reads off the table's key, and an empty range left out (two ranges or'ed in one select
     * were read as every day row of the committee when both were empty, as in a whole year). Their parameters go into
     * {@code bound}, named with {@code suffix}; no select when the period is empty.
     */
    public static List<String> rows(LocalDate from, LocalDate to, String monthColumns, String monthTable,
            String dayColumns, String dayTable, String where, String suffix, Map<String, Object> bound) {
        List<String> rows = new ArrayList<>();
        if (to.isBefore(from)) {
            return rows;
        }
        KeptMonths months = of(from, to);
        if (!months.last.isBefore(months.first)) {
            rows.add("select " + monthColumns + " from " + monthTable + " k where " + where
                    + " and k.month between :firstMonth" + suffix + " and :lastMonth" + suffix);
            bound.put("firstMonth" + suffix, months.first);
            bound.put("lastMonth" + suffix, months.last);
        }
        if (!months.before.isBefore(from)) {
            rows.add("select " + dayColumns + " from " + dayTable + " k where " + where + " and k.day between :from"
                    + suffix + " and :before" + suffix);
            bound.put("from" + suffix, from);
            bound.put("before" + suffix, months.before);
        }
        if (!to.isBefore(months.after)) {
            rows.add("select " + dayColumns + " from " + dayTable + " k where " + where + " and k.day between :after"
                    + suffix + " and :to" + suffix);
            bound.put("after" + suffix, months.after);
            bound.put("to" + suffix, to);
        }
        return rows;
    }

    /** Binds each of {@code bound} to the query. */
    public static Query bind(Query query, Map<String, Object> bound) {
        bound.forEach(query::setParameter);
        return query;
    }
}
