package cn.cppcc.liaison.kernel.report;

import cn.cppcc.liaison.kernel.Caller;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The consultations', activities' and proposals' totals by who took part, from {@code record_participant_month} (V23)
 * for a period's whole months and {@code record_participant} for the days before and after them: what their lists
 * give with {@code memberId}, {@code groupId} or {@code sectorId} (a consultation with {@code attendance=PRESENT}, a
 * proposal with {@code figure=}), each record once per member, group or sector however many of its members took part,
 * which the tests compare them with.
 */
public final class KeptParticipants {

    /** The records whose rows are kept: a consultation attended, an activity taken part in, a proposal led or signed. */
    public enum Source {
        CONSULTATION,
        ACTIVITY,
        PROPOSAL
    }

    private KeptParticipants() {
    }

    /**
     * Whether the kept rows give the caller's list: they hold all of a committee's records, which the list shows to
     * the administrator and to the committee's own callers; a committee above reads its districts' lists instead.
     */
    public static boolean give(Caller caller, long committeeId) {
        return caller.committeeId() == null || caller.committeeId() == committeeId;
    }

    /**
     * For each of {@code ids} (members, groups or sectors by {@code participant}): the records dated from {@code from}
     * to {@code to}, their people reached, and those of {@code kind} among them (0 when {@code kind} is null).
     */
    public static Map<Long, long[]> totals(EntityManager em, Source source, long committeeId, LocalDate from,
            LocalDate to, ReportSlice participant, List<Long> ids, String kind) {
        Map<Long, long[]> totals = new HashMap<>();
        byKind(em, source, committeeId, from, to, participant, ids).forEach((id, kinds) -> {
            long[] of = new long[3];
            kinds.forEach((k, counted) -> {
                of[0] += counted[0];
                of[1] += counted[1];
                of[2] += k.equals(kind) ? counted[0] : 0;
            });
            totals.put(id, of);
        });
        return totals;
    }

    /**
     * For each of {@code ids}: the records of each kind (a proposal's FILED, ACCEPTED and ANSWERED) dated from
     * {@code from} to {@code to}, with their people reached, as {@code [records, people]}; an empty map where none.
     */
    public static Map<Long, Map<String, long[]>> byKind(EntityManager em, Source source, long committeeId,
            LocalDate from, LocalDate to, ReportSlice participant, List<Long> ids) {
        Map<String, Object> bound = new HashMap<>();
        List<String> rows = KeptMonths.rows(from, to, "participant_id, kind, records, people",
                "record_participant_month", "participant_id, kind, 1, people", "record_participant",
                "k.committee_id = :committee and k.source = :source and k.participant = :participant"
                + " and k.participant_id in (:ids)", "", bound);
        Map<Long, Map<String, long[]>> counted = new HashMap<>();
        ids.forEach(id -> counted.put(id, new HashMap<>()));
        if (rows.isEmpty()) {
            return counted;
        }
        var query = em.createNativeQuery("select participant_id, kind, sum(records), sum(people) from ("
                + String.join(" union all ", rows) + ") counted (participant_id, kind, records, people) group by 1, 2")
                .setParameter("committee", committeeId).setParameter("source", source.name())
                .setParameter("participant", participant.name()).setParameter("ids", ids);
        KeptMonths.bind(query, bound);
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            counted.get(((Number) columns[0]).longValue()).put((String) columns[1], new long[] {
                ((Number) columns[2]).longValue(), ((Number) columns[3]).longValue()});
        }
        return counted;
    }
}
