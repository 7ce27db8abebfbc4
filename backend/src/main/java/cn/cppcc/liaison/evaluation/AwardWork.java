package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.kernel.work.MemberWork;
import cn.cppcc.liaison.kernel.work.MemberWorkQuery;
import cn.cppcc.liaison.kernel.work.WorkKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/** Awards in the member's record and score: dated on the day given. */
@ApplicationScoped
class AwardWork {

    void answer(@Observes MemberWorkQuery query) {
        String members = query.memberIds() == null ? "" : " and a.member.id in :members";
        var find = AwardEntity.getEntityManager().createQuery("select a.member.id, a.id, a.awardedOn, a.title, a.year"
                + " from AwardEntity a where a.committee.id = :committee and a.awardedOn between :from and :to"
                + members, Object[].class)
                .setParameter("committee", query.committeeId()).setParameter("from", query.from())
                .setParameter("to", query.to());
        if (query.memberIds() != null) {
            find.setParameter("members", List.copyOf(query.memberIds()));
        }
        for (Object[] row : find.getResultList()) {
            query.add(MemberWork.of((Long) row[0], WorkKind.AWARD, (java.time.LocalDate) row[2], "awards",
                    (Long) row[1], (String) row[3], 0, row[4] + " 年度"));
        }
    }
}
