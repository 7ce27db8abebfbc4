package cn.cppcc.liaison.visit;

import cn.cppcc.liaison.kernel.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The visit figures of a committee, or of each of its townships, platforms or studios, for a period from
 * {@code visit_day} (V18): the visits, people received and members present per Beijing day, kind and place, kept
 * by triggers in the same transaction as the visits. A period's totals are the sum of its days, so a year costs
 * its few rows whatever the number of visits; each is still the visit list's total or sum for the same filters,
 * which the tests compare it with.
 */
@ApplicationScoped
class VisitDays {

    @Inject
    EntityManager em;

    /**
     * Whether the kept days give {@code caller}'s list of the committee's visits: every visit of a committee is in
     * the list of whoever reads the committee (its accounts, the administrator, a committee above reading it).
     */
    static boolean give(Caller caller, long committeeId) {
        return caller.committeeId() == null || caller.committeeId() == committeeId;
    }

    /**
     * The totals of the visits dated from {@code from} to {@code to} of each kind, and of any kind under null (a
     * visit has one kind): of each township, platform or studio of {@code ids} ({@code by} {@code township},
     * {@code platform} or {@code studio}), or of the whole committee under a null key when {@code by} is null.
     */
    Map<Long, Map<VisitKind, VisitEntity.Totals>> totals(long committeeId, LocalDate from, LocalDate to, String by,
            List<Long> ids) {
        String key = by == null ? "0" : by + "_id";
        var query = em.createNativeQuery("select " + key + ", kind, sum(visits), sum(people_received),"
                        + " sum(members_present) from visit_day where committee_id = :committee"
                        + " and day between :from and :to" + (by == null ? "" : " and " + key + " in (:ids)")
                        + " group by 1, 2")
                .setParameter("committee", committeeId).setParameter("from", from).setParameter("to", to);
        if (by != null) {
            query.setParameter("ids", ids);
        }
        Map<Long, Map<VisitKind, long[]>> sums = new HashMap<>();
        for (Long id : by == null ? Collections.<Long>singletonList(null) : ids) {
            Map<VisitKind, long[]> none = new HashMap<>();
            none.put(null, new long[3]);
            for (VisitKind kind : VisitKind.values()) {
                none.put(kind, new long[3]);
            }
            sums.put(id, none);
        }
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            Map<VisitKind, long[]> of = sums.get(by == null ? null : ((Number) columns[0]).longValue());
            for (VisitKind kind : new VisitKind[] {VisitKind.valueOf((String) columns[1]), null}) {
                for (int i = 0; i < 3; i++) {
                    of.get(kind)[i] += ((Number) columns[2 + i]).longValue();
                }
            }
        }
        Map<Long, Map<VisitKind, VisitEntity.Totals>> totals = new HashMap<>();
        sums.forEach((id, of) -> {
            Map<VisitKind, VisitEntity.Totals> kinds = new HashMap<>();
            of.forEach((kind, s) -> kinds.put(kind, new VisitEntity.Totals(s[0], s[1], s[2])));
            totals.put(id, kinds);
        });
        return totals;
    }

    /**
     * 活跃工作室 of the whole committee: its studios with a reception day dated in the period, as the studio list
     * with {@code activeFrom}–{@code activeTo} counts them (a visit's studio is one of its committee's).
     */
    long activeStudios(long committeeId, LocalDate from, LocalDate to) {
        return ((Number) em.createNativeQuery("select count(distinct studio_id) from visit_day"
                        + " where committee_id = :committee and day between :from and :to and kind = :kind"
                        + " and studio_id <> 0 and visits > 0")
                .setParameter("committee", committeeId).setParameter("from", from).setParameter("to", to)
                .setParameter("kind", VisitReport.AT_STUDIO.name()).getSingleResult()).longValue();
    }
}
