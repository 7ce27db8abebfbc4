package cn.cppcc.liaison.activity;

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
 * Answers what activities members took part in: one item per member of an activity dated in the period (as the
 * activity list dates them), its kind of work by the activity's kind, its amount the people reached.
 */
@ApplicationScoped
class ActivityWork {

    @Inject
    EntityManager em;

    void answer(@Observes MemberWorkQuery query) {
        Predicate asked = query.asks("m.id");
        for (Object[] row : query.rows(em, "select m.id, a.id, a.title, a.activityDate, a.peopleReached, a.kind"
                        + " from ActivityEntity a join a.members m where a.committee.id = :workCommittee"
                        + " and a.activityDate >= :workFrom and a.activityDate <= :workTo and " + asked.condition(), asked)) {
            query.add(MemberWork.of((Long) row[0], kind((ActivityKind) row[5]), (LocalDate) row[3], "activities",
                    (Long) row[1], (String) row[2], (Integer) row[4], null));
        }
    }

    private static WorkKind kind(ActivityKind kind) {
        return switch (kind) {
            case RESEARCH -> WorkKind.ACTIVITY_RESEARCH;
            case TRAINING -> WorkKind.ACTIVITY_TRAINING;
            case VOLUNTEER -> WorkKind.ACTIVITY_VOLUNTEER;
            case SCHOOL_READING -> WorkKind.ACTIVITY_SCHOOL_READING;
            case BUSINESS_FORUM -> WorkKind.ACTIVITY_BUSINESS_FORUM;
            case OTHER -> WorkKind.ACTIVITY_OTHER;
        };
    }
}
