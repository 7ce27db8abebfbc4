package cn.cppcc.liaison.consultation;

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
 * Answers how members attended consultations: one item per member invited to a consultation held in the period
 * (as the consultation list dates them, by {@code heldOn}), present, excused or absent.
 */
@ApplicationScoped
class ConsultationWork {

    @Inject
    EntityManager em;

    void answer(@Observes MemberWorkQuery query) {
        Predicate asked = query.asks("key(m).id");
        for (Object[] row : query.rows(em, "select key(m).id, c.id, c.topic, c.heldOn, value(m), c.kind"
                        + " from ConsultationEntity c join c.members m where c.committee.id = :workCommittee"
                        + " and c.heldOn >= :workFrom and c.heldOn <= :workTo and " + asked.condition(), asked)) {
            query.add(MemberWork.of((Long) row[0], kind((Attendance) row[4]), (LocalDate) row[3], "consultations",
                    (Long) row[1], (String) row[2], 0, ((ConsultationKind) row[5]).label));
        }
    }

    private static WorkKind kind(Attendance attendance) {
        return switch (attendance) {
            case PRESENT -> WorkKind.CONSULTATION_PRESENT;
            case EXCUSED -> WorkKind.CONSULTATION_EXCUSED;
            case ABSENT -> WorkKind.CONSULTATION_ABSENT;
        };
    }
}
