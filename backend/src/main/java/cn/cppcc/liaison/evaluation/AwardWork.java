package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.kernel.work.MemberWork;
import cn.cppcc.liaison.kernel.work.MemberWorkQuery;
import cn.cppcc.liaison.kernel.work.WorkKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import cn.cppcc.liaison.kernel.Predicate;

/** Awards in the member's record and score: dated on the day given. */
@ApplicationScoped
class AwardWork {

    void answer(@Observes MemberWorkQuery query) {
        Predicate asked = query.asks("a.member.id");
        for (Object[] row : query.rows(AwardEntity.getEntityManager(), "select a.member.id, a.id, a.awardedOn, a.title,"
                + " a.year from AwardEntity a where a.committee.id = :workCommittee and a.awardedOn >= :workFrom"
                + " and a.awardedOn <= :workTo and " + asked.condition(), asked)) {
            query.add(MemberWork.of((Long) row[0], WorkKind.AWARD, (java.time.LocalDate) row[2], "awards",
                    (Long) row[1], (String) row[3], 0, row[4] + " 年度"));
        }
    }
}
