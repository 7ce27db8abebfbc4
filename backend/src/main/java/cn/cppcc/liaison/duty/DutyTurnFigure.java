package cn.cppcc.liaison.duty;

import cn.cppcc.liaison.kernel.Period;
import cn.cppcc.liaison.kernel.Predicate;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The figures counted of duty turns (轮值 履职 / 缺勤 / 逾期未记录), each defined once as DOMAIN.md defines it:
 * over the turns of the months in the period, a month being in it when its first day lies between the first day
 * of {@code from}'s month and {@code to}. The list ({@code figure=}, and {@code overdue=} as the figure today) and
 * the reports to come count through {@link #in}.
 */
public enum DutyTurnFigure {
    /** 履职: recorded done. */
    DONE,
    /** 缺勤: recorded missed. */
    MISSED,
    /** 逾期未记录: still scheduled after its month ended, a month before the month of the period's end. */
    UNRECORDED;

    /** The condition over {@code DutyTurnEntity} that a turn counts in this figure for the period. */
    public Predicate in(Period period) {
        return in(period, "turn" + ordinal() + "_");
    }

    /** The same, its parameters named with {@code prefix}, so two figures or two dates can share a query. */
    public Predicate in(Period period, String prefix) {
        Predicate.Builder counted = months(period, prefix);
        switch (this) {
            case DONE -> counted.and("status = " + counted.param("done", DutyTurnStatus.DONE));
            case MISSED -> counted.and("status = " + counted.param("missed", DutyTurnStatus.MISSED));
            case UNRECORDED -> counted.and("status = " + counted.param("scheduled", DutyTurnStatus.SCHEDULED))
                    .and("month < " + counted.param("ended", period.asOf().withDayOfMonth(1)));
        }
        return counted.build();
    }

    /** Whether the turn is unrecorded in {@code current}, the month of the period's end: {@link #UNRECORDED}. */
    static boolean unrecorded(DutyTurnEntity turn, YearMonth current) {
        return turn.status == DutyTurnStatus.SCHEDULED && turn.yearMonth().isBefore(current);
    }

    /** The turns of the months in the period, whatever their state: what the list shows for a period alone. */
    public static Predicate months(Period period) {
        return months(period, "turns_").build();
    }

    private static Predicate.Builder months(Period period, String prefix) {
        LocalDate from = period.from() == null ? null : period.from().withDayOfMonth(1);
        return new Predicate.Builder(prefix).between("month", from, period.to());
    }
}
