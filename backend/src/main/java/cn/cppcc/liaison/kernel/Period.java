package cn.cppcc.liaison.kernel;

import java.time.LocalDate;

/**
 * The period a figure counts over, in Beijing days, either end open (DOMAIN.md, "What each figure means").
 * {@link #asOf()} is "the period's end": its last day, or today when it has none or ends after today.
 */
public record Period(LocalDate from, LocalDate to, LocalDate today) {

    public Period {
        if (today == null) {
            throw new IllegalArgumentException("a period needs the office's today");
        }
    }

    /** The period a client asked for: 400 on {@code to} when it ends before it starts. */
    public static Period of(LocalDate from, LocalDate to, LocalDate today) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiProblem.invalid("to", "结束日期 " + to + " 不能早于开始日期 " + from);
        }
        return new Period(from, to, today);
    }

    /** No period: everything up to today, the figures as they stand now. */
    public static Period untilToday(LocalDate today) {
        return new Period(null, null, today);
    }

    /** The day the figures that hold "at the period's end" (逾期, 逾期未记录) are judged on. */
    public LocalDate asOf() {
        return to == null || to.isAfter(today) ? today : to;
    }

    /** Whether the period is one whole calendar year. */
    public boolean wholeYear() {
        return from != null && to != null && from.getDayOfYear() == 1 && to.equals(from.withMonth(12).withDayOfMonth(31));
    }

    /** The calendar quarter (1–4) the period is, exactly, or null when it is none. */
    public Integer calendarQuarter() {
        if (from == null || to == null || from.getDayOfMonth() != 1 || (from.getMonthValue() - 1) % 3 != 0) {
            return null;
        }
        return to.equals(from.plusMonths(3).minusDays(1)) ? OfficeClock.quarterOf(from) : null;
    }
}
