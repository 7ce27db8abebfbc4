package cn.cppcc.liaison.kernel.report;

import jakarta.persistence.Query;
import java.time.LocalDate;

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
     * Binds the months ({@code :firstMonth}, {@code :lastMonth}) and the days around them ({@code :from}–
     * {@code :before}, {@code :after}–{@code :to}), each name followed by {@code suffix}.
     */
    public Query bind(Query query, LocalDate from, LocalDate to, String suffix) {
        return query.setParameter("firstMonth" + suffix, first).setParameter("lastMonth" + suffix, last)
                .setParameter("from" + suffix, from).setParameter("before" + suffix, before)
                .setParameter("after" + suffix, after).setParameter("to" + suffix, to);
    }
}
