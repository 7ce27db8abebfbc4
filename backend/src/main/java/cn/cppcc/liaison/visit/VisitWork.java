package cn.cppcc.liaison.visit;

import cn.cppcc.liaison.kernel.Predicate;
import cn.cppcc.liaison.kernel.work.MemberWork;
import cn.cppcc.liaison.kernel.work.MemberWorkQuery;
import cn.cppcc.liaison.kernel.work.WorkKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;

/**
 * Answers what members did at visits: present at a visit dated in the period ({@link VisitFigure#dated}), one item
 * per visit and member, so they add up to the visit list's 委员参与（人次） for the same period.
 */
@ApplicationScoped
class VisitWork {

    @Inject
    EntityManager em;

    void answer(@Observes MemberWorkQuery query) {
        Predicate dated = VisitFigure.dated(query.period());
        Predicate asked = query.asks("m.id");
        for (Object[] row : query.rows(em, "select m.id, v.id, v.visitDate, v.topic, v.peopleReceived, v.kind"
                        + " from VisitEntity v join v.members m where v.id in (select id from VisitEntity"
                        + " where committee.id = :workCommittee and " + dated.condition() + ") and "
                        + asked.condition(), dated, asked)) {
            query.add(MemberWork.of((Long) row[0], WorkKind.VISIT, (LocalDate) row[2], "visits", (Long) row[1],
                    (String) row[3], (Integer) row[4], ((VisitKind) row[5]).label));
        }
    }
}
