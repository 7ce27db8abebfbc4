package cn.cppcc.liaison.visit;

import cn.cppcc.liaison.kernel.Caller;
import cn.cppcc.liaison.kernel.Period;
import cn.cppcc.liaison.kernel.report.KeptMonths;
import cn.cppcc.liaison.kernel.report.KeptParticipants;
import cn.cppcc.liaison.kernel.report.ReportSlice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The visit figures of a committee, or of each of its townships, platforms or studios, for a period from
 * {@code visit_month} (V21) for its whole months and {@code visit_day} (V18) for the days around them: the visits,
 * people received and members present per Beijing month or day, kind and place, kept by triggers in the same
 * transaction as the visits. A period's totals are the sum of its days, so a year costs
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
        return KeptParticipants.give(caller, committeeId);
    }

    /**
     * The totals of the visits dated from {@code from} to {@code to} of each kind, and of any kind under null (a
     * visit has one kind): of each township, platform or studio of {@code ids} ({@code by} {@code township},
     * {@code platform} or {@code studio}), or of the whole committee under a null key when {@code by} is null.
     */
    Map<Long, Map<VisitKind, VisitEntity.Totals>> totals(long committeeId, LocalDate from, LocalDate to, String by,
            List<Long> ids) {
        String key = by == null ? "0" : by + "_id";
        String of = by == null ? "" : " and " + key + " in (:ids)";
        Map<String, Object> bound = new HashMap<>();
        var query = em.createNativeQuery("select " + key + ", kind, sum(visits), sum(people_received),"
                + " sum(members_present) from (" + kept(key + ", kind, visits, people_received, members_present", of,
                        from, to, "", bound) + ") counted group by 1, 2");
        KeptMonths.bind(query, bound).setParameter("committee", committeeId);
        if (by != null) {
            query.setParameter("ids", ids);
        }
        return summed(query.getResultList(), by == null ? Collections.singletonList(null) : ids);
    }

    /** The whole committee's {@link #totals} of each of the periods, in their order, in one statement. */
    List<Map<VisitKind, VisitEntity.Totals>> totals(long committeeId, List<Period> periods) {
        List<String> each = new ArrayList<>();
        List<Long> rows = new ArrayList<>();
        Map<String, Object> bound = new HashMap<>();
        for (int i = 0; i < periods.size(); i++) {
            each.add(kept(i + ", kind, visits, people_received, members_present", "", periods.get(i).from(),
                    periods.get(i).to(), String.valueOf(i), bound));
            rows.add((long) i);
        }
        var query = em.createNativeQuery("select i, kind, sum(visits), sum(people_received), sum(members_present)"
                + " from (" + String.join(" union all ", each) + ") counted (i, kind, visits, people_received,"
                + " members_present) group by 1, 2").setParameter("committee", committeeId);
        KeptMonths.bind(query, bound);
        Map<Long, Map<VisitKind, VisitEntity.Totals>> totals = summed(query.getResultList(), rows);
        return rows.stream().map(totals::get).toList();
    }

    /** 活跃工作室 of the whole committee ({@link #activeStudios}) in each of the periods, in one statement. */
    List<Long> activeStudios(long committeeId, List<Period> periods) {
        List<String> each = new ArrayList<>();
        Map<String, Object> bound = new HashMap<>();
        for (int i = 0; i < periods.size(); i++) {
            each.add(kept(i + ", studio_id", " and kind = :kind and studio_id <> 0 and visits > 0",
                    periods.get(i).from(), periods.get(i).to(), String.valueOf(i), bound));
        }
        var query = em.createNativeQuery("select i, count(distinct studio_id) from ("
                + String.join(" union all ", each) + ") held (i, studio_id) group by 1")
                .setParameter("committee", committeeId)
                .setParameter("kind", VisitReport.AT_STUDIO.name());
        KeptMonths.bind(query, bound);
        Long[] active = new Long[periods.size()];
        java.util.Arrays.fill(active, 0L);
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            active[((Number) columns[0]).intValue()] = ((Number) columns[1]).longValue();
        }
        return List.of(active);
    }

    /**
     * The kept rows of a period: {@code visit_month}'s of its whole months and {@code visit_day}'s of the days
     * around them ({@link KeptMonths#rows}), {@code columns} of each that meet {@code where}, the period's parameters
     * named with {@code suffix} in {@code bound}.
     */
    private static String kept(String columns, String where, LocalDate from, LocalDate to, String suffix,
            Map<String, Object> bound) {
        return String.join(" union all ", KeptMonths.rows(from, to, columns, "visit_month", columns, "visit_day",
                "k.committee_id = :committee" + where, suffix, bound));
    }

    /**
     * The totals of the visits dated from {@code from} to {@code to} that one or more of each member, group or sector
     * of {@code ids} was present at, each visit once, of each kind and of any kind under null, from
     * {@code visit_participant_month} (V19) for the period's whole months and {@code visit_participant} for the days
     * before and after them: the visit list's total and sums with {@code memberId}, {@code groupId} or
     * {@code sectorId}, which the tests compare them with.
     */
    Map<Long, Map<VisitKind, VisitEntity.Totals>> participantTotals(long committeeId, LocalDate from, LocalDate to,
            ReportSlice participant, List<Long> ids) {
        Map<String, Object> bound = new HashMap<>();
        var query = em.createNativeQuery("select participant_id, kind, sum(visits), sum(people_received),"
                        + " sum(members_present) from (" + String.join(" union all ", KeptMonths.rows(from, to,
                        "participant_id, kind, visits, people_received, members_present", "visit_participant_month",
                        "participant_id, kind, 1, people_received, members_present", "visit_participant",
                        "k.committee_id = :committee and k.participant = :participant and k.participant_id in (:ids)",
                        "", bound)) + ") counted (participant_id, kind, visits, people_received, members_present)"
                        + " group by 1, 2")
                .setParameter("committee", committeeId).setParameter("participant", participant.name())
                .setParameter("ids", ids);
        KeptMonths.bind(query, bound);
        return summed(query.getResultList(), ids);
    }

    /** Rows of {@code [id, kind, visits, people received, members present]} summed for each of {@code ids}. */
    private static Map<Long, Map<VisitKind, VisitEntity.Totals>> summed(List<?> rows, List<Long> ids) {
        boolean whole = ids.size() == 1 && ids.get(0) == null;
        Map<Long, Map<VisitKind, long[]>> sums = new HashMap<>();
        for (Long id : ids) {
            Map<VisitKind, long[]> none = new HashMap<>();
            none.put(null, new long[3]);
            for (VisitKind kind : VisitKind.values()) {
                none.put(kind, new long[3]);
            }
            sums.put(id, none);
        }
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            Map<VisitKind, long[]> of = sums.get(whole ? null : ((Number) columns[0]).longValue());
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
        return activeStudios(committeeId, List.of(Period.of(from, to, to))).get(0);
    }
}
