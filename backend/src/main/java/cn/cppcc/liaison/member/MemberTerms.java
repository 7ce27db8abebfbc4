package cn.cppcc.liaison.member;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.Period;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.RequestScoped;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When each member was in office (在职) during a period, for readers that prorate what they expect of a member
 * (the yearly evaluation): inside the member's term, less the days suspended (暂停履职) or after removal (撤销).
 * The status history is the member's audit trail; run inside a transaction.
 */
public final class MemberTerms {

    /** Days a member was in office, both included. */
    public record ActiveSpan(LocalDate from, LocalDate to) {
    }

    /** A status that held from {@code since} on (from before anything recorded when null). */
    private record Change(LocalDate since, boolean active) {
    }

    private MemberTerms() {
    }

    /** Each member's status changes, and each member's id, status, status date, term start and term end. */
    private record Roster(Map<Long, List<Change>> history, List<Object[]> members) {
    }

    /**
     * A request that only reads (a report, asking three periods' 挂牌委员) reads each committee's members and status
     * history once instead of once per question, after {@link #readOnly}; no other request keeps them.
     */
    @RequestScoped
    public static class Remembered {
        private boolean readOnly;
        private final Map<Long, Roster> rosters = new HashMap<>();

        /** This request writes nothing: the members and status history it reads stay as they are. */
        public void readOnly() {
            readOnly = true;
        }

        boolean remembers() {
            return readOnly;
        }

        Roster roster(long committeeId) {
            return rosters.computeIfAbsent(committeeId, Kept::roster);
        }
    }

    /**
     * The whole committee's roster read last, kept across requests while the committee's member trail is as it was:
     * every change of a member writes a row to {@code member_aud}, which is only ever added to, so the number of
     * its rows and its last revision change with any member, committed in whatever order. They are read before the
     * roster, so a roster kept is never older than the trail it is kept for. At most {@link #COMMITTEES} rosters,
     * the least recently read going first.
     */
    static final class Kept {
        private static final int COMMITTEES = 64;

        private record Entry(List<Object> trail, Roster roster) {
        }

        private static final Map<Long, Entry> KEPT = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
                return size() > COMMITTEES;
            }
        };

        private Kept() {
        }

        static Roster roster(long committeeId) {
            List<Object> trail = List.of((Object[]) Panache.getEntityManager().createNativeQuery(
                    "select count(*), coalesce(max(rev), 0) from member_aud where committee_id = :committee")
                    .setParameter("committee", committeeId).getSingleResult());
            synchronized (KEPT) {
                Entry kept = KEPT.get(committeeId);
                if (kept != null && kept.trail().equals(trail)) {
                    return kept.roster();
                }
            }
            Roster roster = new Roster(read(committeeId, null), members(committeeId, null));
            synchronized (KEPT) {
                KEPT.put(committeeId, new Entry(trail, roster));
            }
            return roster;
        }
    }

    /**
     * For every member of the committee (or those of {@code memberIdsOrNull} that belong to it): the spans in
     * [from, to] when the member was in office, in order, adjacent ones joined; empty when never.
     */
    public static Map<Long, List<ActiveSpan>> activeSpans(long committeeId, Collection<Long> memberIdsOrNull,
            LocalDate from, LocalDate to) {
        Map<Long, List<ActiveSpan>> spans = new LinkedHashMap<>();
        if (memberIdsOrNull != null && memberIdsOrNull.isEmpty()) {
            return spans;
        }
        Roster roster = roster(committeeId, memberIdsOrNull);
        Set<Long> asked = memberIdsOrNull == null ? null : new HashSet<>(memberIdsOrNull);
        for (Object[] row : roster.members()) {
            Long id = (Long) row[0];
            if (asked != null && !asked.contains(id)) {
                continue;
            }
            List<Change> changes = roster.history().getOrDefault(id, initial((MemberStatus) row[1],
                    (LocalDate) row[2]));
            LocalDate lo = later(from, (LocalDate) row[3]);
            LocalDate hi = earlier(to, (LocalDate) row[4]);
            spans.put(id, lo.isAfter(hi) ? List.of() : active(changes, lo, hi));
        }
        return spans;
    }

    /** The ids of all the committee's members, in order: from the roster a read-only request remembers. */
    public static List<Long> memberIds(long committeeId) {
        return roster(committeeId, null).members().stream().map(row -> (Long) row[0]).toList();
    }

    /** The committee's members (of {@code memberIdsOrNull}) and their history: remembered in a read-only request. */
    private static Roster roster(long committeeId, Collection<Long> memberIdsOrNull) {
        if (Arc.container().requestContext().isActive()) {
            Remembered remembered = Arc.container().instance(Remembered.class).get();
            if (remembered.remembers()) {
                return remembered.roster(committeeId);
            }
        }
        return new Roster(read(committeeId, memberIdsOrNull), members(committeeId, memberIdsOrNull));
    }

    private static List<Object[]> members(long committeeId, Collection<Long> memberIdsOrNull) {
        var members = Panache.getEntityManager().createQuery("select id, status, statusDate, termStart, termEnd"
                + " from MemberEntity where committee.id = :committee"
                + (memberIdsOrNull == null ? "" : " and id in :ids") + " order by id", Object[].class)
                .setParameter("committee", committeeId);
        if (memberIdsOrNull != null) {
            members.setParameter("ids", memberIdsOrNull);
        }
        return members.getResultList();
    }

    /**
     * The members (of {@code memberIdsOrNull}, or all the committee's) in office at some time from {@code from} to
     * {@code to}, or to {@code today} when that comes first: a member whose term starts later has had no day yet.
     */
    public static Set<Long> inOffice(long committeeId, Collection<Long> memberIdsOrNull, LocalDate from, LocalDate to,
            LocalDate today) {
        return inOfficeEach(committeeId, memberIdsOrNull, List.of(new Period(from, to, today))).get(0);
    }

    /** {@link #inOffice} for each of the periods (to each one's asOf), in their order: one pass over the roster. */
    public static List<Set<Long>> inOfficeEach(long committeeId, Collection<Long> memberIdsOrNull,
            List<Period> periods) {
        List<Set<Long>> in = new ArrayList<>();
        periods.forEach(p -> in.add(new HashSet<>()));
        if (memberIdsOrNull != null && memberIdsOrNull.isEmpty()) {
            return in;
        }
        Roster roster = roster(committeeId, memberIdsOrNull);
        Set<Long> asked = memberIdsOrNull == null ? null : new HashSet<>(memberIdsOrNull);
        for (Object[] row : roster.members()) {
            Long id = (Long) row[0];
            if (asked != null && !asked.contains(id)) {
                continue;
            }
            List<Change> changes = roster.history().getOrDefault(id, initial((MemberStatus) row[1],
                    (LocalDate) row[2]));
            for (int i = 0; i < periods.size(); i++) {
                LocalDate lo = later(periods.get(i).from(), (LocalDate) row[3]);
                LocalDate hi = earlier(periods.get(i).asOf(), (LocalDate) row[4]);
                if (anyActive(changes, lo, hi)) {
                    in.get(i).add(id);
                }
            }
        }
        return in;
    }

    /** Whether {@link #active} has a span from {@code lo} to {@code hi}, without making them. */
    private static boolean anyActive(List<Change> changes, LocalDate lo, LocalDate hi) {
        if (lo.isAfter(hi)) {
            return false;
        }
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i).active() && !later(lo, changes.get(i).since()).isAfter(i + 1 < changes.size()
                    ? earlier(hi, changes.get(i + 1).since().minusDays(1)) : hi)) {
                return true;
            }
        }
        return false;
    }

    /** The calendar months with at least one day in office. */
    public static int months(List<ActiveSpan> spans) {
        Set<YearMonth> months = new HashSet<>();
        for (ActiveSpan span : spans) {
            YearMonth last = YearMonth.from(span.to());
            for (YearMonth m = YearMonth.from(span.from()); !m.isAfter(last); m = m.plusMonths(1)) {
                months.add(m);
            }
        }
        return months.size();
    }

    /**
     * Each member's status changes from the audit trail, in the order they were made: the first revision's status
     * (and date) is where the member started, each later revision that changed it starts a new status on its
     * status date, or on the day the change was recorded when it has none.
     */
    private static Map<Long, List<Change>> read(long committeeId, Collection<Long> memberIdsOrNull) {
        var query = Panache.getEntityManager().createNativeQuery("select id, status, status_date, recorded_on"
                        + " from (select a.id, a.rev, a.status, a.status_date,"
                        + " cast(timezone(:zone, r.at) as date) as recorded_on,"
                        + " lag(a.status) over (partition by a.id order by a.rev) as previous"
                        + " from member_aud a join audit_revision r on r.id = a.rev"
                        // A member stays in the committee (an edit keeps it), so its revisions are the committee's:
                        // their index finds them without reading every committee's.
                        + " where a.revtype <> 2 and a.committee_id = :committee and a.id in (select m.id from member m"
                        + " where m.committee_id = :committee"
                        + (memberIdsOrNull == null ? "" : " and m.id in (:ids)") + ")) h"
                        + " where previous is null or previous <> status order by id, rev")
                .setParameter("zone", OfficeClock.ZONE.getId()).setParameter("committee", committeeId);
        if (memberIdsOrNull != null) {
            query.setParameter("ids", memberIdsOrNull);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Long, List<Change>> history = new LinkedHashMap<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            MemberStatus status = MemberStatus.valueOf((String) row[1]);
            LocalDate statusDate = (LocalDate) row[2];
            List<Change> changes = history.get(id);
            if (changes == null) {
                history.put(id, initial(status, statusDate));
            } else {
                changed(changes, statusDate == null ? (LocalDate) row[3] : statusDate, status == MemberStatus.ACTIVE);
            }
        }
        return history;
    }

    /** Where a member with no earlier record stands: in office until the status date of a suspension or removal. */
    private static List<Change> initial(MemberStatus status, LocalDate statusDate) {
        List<Change> changes = new ArrayList<>();
        boolean active = status == MemberStatus.ACTIVE;
        changes.add(new Change(null, active || statusDate != null));
        if (!active && statusDate != null) {
            changes.add(new Change(statusDate, false));
        }
        return changes;
    }

    /** A later change: never before the one it follows; on the same day it replaces it. */
    private static void changed(List<Change> changes, LocalDate day, boolean active) {
        Change last = changes.get(changes.size() - 1);
        LocalDate since = last.since() != null && day.isBefore(last.since()) ? last.since() : day;
        if (since.equals(last.since())) {
            changes.set(changes.size() - 1, new Change(since, active));
        } else {
            changes.add(new Change(since, active));
        }
    }

    private static List<ActiveSpan> active(List<Change> changes, LocalDate lo, LocalDate hi) {
        List<ActiveSpan> spans = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            if (!changes.get(i).active()) {
                continue;
            }
            LocalDate start = later(lo, changes.get(i).since());
            LocalDate end = i + 1 < changes.size() ? earlier(hi, changes.get(i + 1).since().minusDays(1)) : hi;
            if (start.isAfter(end)) {
                continue;
            }
            ActiveSpan previous = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (previous != null && !previous.to().plusDays(1).isBefore(start)) {
                spans.set(spans.size() - 1, new ActiveSpan(previous.from(), end));
            } else {
                spans.add(new ActiveSpan(start, end));
            }
        }
        return spans;
    }

    private static LocalDate later(LocalDate day, LocalDate other) {
        return other == null || day.isAfter(other) ? day : other;
    }

    private static LocalDate earlier(LocalDate day, LocalDate other) {
        return other == null || day.isBefore(other) ? day : other;
    }
}
