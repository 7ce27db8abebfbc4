package cn.cppcc.liaison.consultation;

import cn.cppcc.liaison.kernel.Period;
import cn.cppcc.liaison.kernel.Predicate;
import java.time.LocalDate;

/**
 * The figures counted of consultation outcomes (协商成果 议定 / 落实 / 逾期), each defined once as DOMAIN.md
 * defines it: the event that happened in the period, not the records created in it. The list
 * ({@code figure=}, and {@code overdue=} as the figure today) and the reports to come count through {@link #in}.
 */
public enum OutcomeFigure {
    /** 议定: agreed at a consultation held in the period, whatever became of it since. */
    AGREED,
    /** 落实: implemented on a day in the period. */
    IMPLEMENTED,
    /**
     * 逾期: due before the period's end and not implemented by then, dropped ones aside; one implemented after
     * the period's end was still overdue at that end.
     */
    OVERDUE;

    /** The condition over {@code OutcomeEntity} that an outcome counts in this figure for the period. */
    public Predicate in(Period period) {
        return in(period, "outcome" + ordinal() + "_");
    }

    /** The same, its parameters named with {@code prefix}, so two figures or two dates can share a query. */
    public Predicate in(Period period, String prefix) {
        Predicate.Builder counted = new Predicate.Builder(prefix);
        switch (this) {
            case AGREED -> counted.between("consultation.heldOn", period.from(), period.to());
            case IMPLEMENTED -> counted.and("status = " + counted.param("implemented", OutcomeStatus.IMPLEMENTED))
                    .and("implementedOn is not null")
                    .between("implementedOn", period.from(), period.to());
            case OVERDUE -> {
                String asOf = counted.param("asOf", period.asOf());
                counted.and("dueDate is not null and dueDate < " + asOf)
                        .and("(status in " + counted.param("open", OutcomeStatus.OPEN)
                                + " or (status = " + counted.param("implemented", OutcomeStatus.IMPLEMENTED)
                                + " and implementedOn is not null and implementedOn > " + asOf + "))");
            }
        }
        return counted.build();
    }

    /** Whether the outcome is overdue on {@code asOf}: the rule of {@link #OVERDUE}, for one record. */
    static boolean overdue(OutcomeEntity outcome, LocalDate asOf) {
        if (outcome.dueDate == null || !outcome.dueDate.isBefore(asOf)) {
            return false;
        }
        return OutcomeStatus.OPEN.contains(outcome.status) || (outcome.status == OutcomeStatus.IMPLEMENTED
                && outcome.implementedOn != null && outcome.implementedOn.isAfter(asOf));
    }
}
