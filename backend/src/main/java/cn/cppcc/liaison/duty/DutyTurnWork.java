package cn.cppcc.liaison.duty;

import cn.cppcc.liaison.kernel.Predicate;
import cn.cppcc.liaison.kernel.work.MemberWork;
import cn.cppcc.liaison.kernel.work.MemberWorkQuery;
import cn.cppcc.liaison.kernel.work.WorkKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Map;

/**
 * Answers what members did on duty: each turn the list counts as {@link DutyTurnFigure#DONE} or
 * {@link DutyTurnFigure#MISSED} for the period, dated on its month's first day.
 */
@ApplicationScoped
class DutyTurnWork {

    private static final Map<DutyTurnFigure, WorkKind> KINDS = Map.of(DutyTurnFigure.DONE, WorkKind.DUTY_DONE,
            DutyTurnFigure.MISSED, WorkKind.DUTY_MISSED);

    @Inject
    EntityManager em;

    void answer(@Observes MemberWorkQuery query) {
        Predicate asked = query.asks("t.member.id");
        for (var kind : KINDS.entrySet()) {
            Predicate counted = kind.getKey().in(query.period());
            for (Object[] row : query.rows(em, "select t.member.id, t.id, t.month, p.name, t.peopleReached, t.missedReason"
                            + " from DutyTurnEntity t join t.platform p where t.id in (select id from DutyTurnEntity"
                            + " where committee.id = :workCommittee and " + counted.condition() + ") and "
                            + asked.condition(), counted, asked)) {
                LocalDate month = (LocalDate) row[2];
                Integer reached = (Integer) row[4];
                query.add(MemberWork.of((Long) row[0], kind.getValue(), month, "duty-turns", (Long) row[1],
                        month.getYear() + "年" + month.getMonthValue() + "月 轮值（" + row[3] + "）",
                        reached == null ? 0 : reached,
                        kind.getKey() == DutyTurnFigure.MISSED ? (String) row[5] : null));
            }
        }
    }
}
