package cn.cppcc.liaison.opinion;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.Period;
import cn.cppcc.liaison.kernel.Predicate;
import cn.cppcc.liaison.kernel.work.MemberWork;
import cn.cppcc.liaison.kernel.work.MemberWorkQuery;
import cn.cppcc.liaison.kernel.work.WorkKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Answers what members did with public opinions: for each opinion a member submitted, the events the opinion list
 * counts for the period ({@code figure=COLLECTED, ACCEPTED, FORWARDED, ADOPTED, SOLVED}), each dated on the day
 * it happened in Beijing.
 */
@ApplicationScoped
class OpinionWork {

    private static final Map<OpinionFigure, WorkKind> KINDS = new EnumMap<>(Map.of(
            OpinionFigure.COLLECTED, WorkKind.OPINION_SUBMITTED,
            OpinionFigure.ACCEPTED, WorkKind.OPINION_ACCEPTED,
            OpinionFigure.FORWARDED, WorkKind.OPINION_FORWARDED,
            OpinionFigure.ADOPTED, WorkKind.OPINION_ADOPTED,
            OpinionFigure.SOLVED, WorkKind.OPINION_SOLVED));

    @Inject
    EntityManager em;

    @Inject
    OpinionService opinions;

    void answer(@Observes MemberWorkQuery query) {
        Period period = query.period();
        int confirmAfterDays = opinions.confirmAfterDays();
        Predicate asked = query.asks("m.id");
        for (var kind : KINDS.entrySet()) {
            OpinionFigure figure = kind.getKey();
            Predicate counted = figure.in(period, confirmAfterDays, "work" + figure.ordinal() + "_");
            for (Object[] row : query.rows(em, "select m.id, o.id, o.title, o.collectedOn, o.acceptedOn, o.forwardedAt,"
                            + " o.adoptedAt, o.status, o.feedback, o.closedOn, o.resolutionEnteredOn"
                            + " from OpinionEntity o join o.submitters m where o.id in (select id from OpinionEntity"
                            + " where committee.id = :workCommittee and " + counted.condition() + ") and "
                            + asked.condition(), counted, asked)) {
                LocalDate on = switch (figure) {
                    case COLLECTED -> (LocalDate) row[3];
                    case ACCEPTED -> (LocalDate) row[4];
                    case FORWARDED -> beijingDay((Instant) row[5]);
                    case ADOPTED -> beijingDay((Instant) row[6]);
                    case SOLVED -> OpinionFigure.solvedOn((OpinionStatus) row[7], (OpinionFeedback) row[8],
                            (LocalDate) row[9], (LocalDate) row[10], confirmAfterDays);
                    default -> throw new IllegalStateException(figure + " is not a member's work");
                };
                query.add(MemberWork.of((Long) row[0], kind.getValue(), on, "opinions", (Long) row[1],
                        (String) row[2], 0, null));
            }
        }
    }

    private static LocalDate beijingDay(Instant at) {
        return LocalDate.ofInstant(at, OfficeClock.ZONE);
    }
}
