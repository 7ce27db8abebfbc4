package cn.cppcc.liaison.proposal;

import cn.cppcc.liaison.kernel.Period;
import cn.cppcc.liaison.kernel.Predicate;
import java.util.EnumSet;

/**
 * The figures counted of proposals (提案 提交 / 立案 / 答复), each defined once as DOMAIN.md defines it: the
 * event that happened in the period, not the records created in it. The list ({@code figure=}) and the reports
 * to come count through {@link #in}.
 */
public enum ProposalFigure {
    /** 提交: filed on a day in the period, whatever became of it since. */
    FILED,
    /** 立案: accepted as a case on a day in the period, answered or closed since or not. */
    ACCEPTED,
    /** 答复: answered by the handling unit on a day in the period (its answer date), closed since or not. */
    ANSWERED;

    /** The condition over {@code ProposalEntity} that a proposal counts in this figure for the period. */
    public Predicate in(Period period) {
        return in(period, "proposal" + ordinal() + "_");
    }

    /** The same, its parameters named with {@code prefix}, so two figures can share a query. */
    public Predicate in(Period period, String prefix) {
        Predicate.Builder counted = new Predicate.Builder(prefix);
        switch (this) {
            case FILED -> counted.between("filedOn", period.from(), period.to());
            case ACCEPTED -> counted.and("status in " + counted.param("accepted", EnumSet.of(ProposalStatus.ACCEPTED,
                            ProposalStatus.ANSWERED, ProposalStatus.CLOSED)))
                    .and("acceptedOn is not null")
                    .between("acceptedOn", period.from(), period.to());
            case ANSWERED -> counted.and("status in " + counted.param("answered", EnumSet.of(ProposalStatus.ANSWERED,
                            ProposalStatus.CLOSED)))
                    .and("answeredOn is not null")
                    .between("answeredOn", period.from(), period.to());
        }
        return counted.build();
    }
}
