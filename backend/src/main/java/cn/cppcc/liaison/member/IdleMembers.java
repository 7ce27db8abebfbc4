package cn.cppcc.liaison.member;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 挂牌委员: the members in office at some time in a period ({@link MemberTerms}) who did no work of any kind in it, as
 * the member's record counts work (a missed turn, an absence, an award or a step of the evaluation is not work:
 * {@code WorkKind.isWork}). Who worked when is kept per member and day, month and year in {@code member_work}
 * (V20), in the same transaction as the records, so a year is at most a row per member whatever the number of
 * records; the tests hold it equal to the record's items.
 */
@ApplicationScoped
class IdleMembers {

    /** Beyond this many members, ask about the whole committee and keep the candidates here, not in the query. */
    private static final int NAMED_AT_MOST = 1000;

    @Inject
    OfficeClock clock;

    @Inject
    EntityManager em;

    /** Of the candidates (the committee's members, in the list's order), those idle from {@code from} to {@code to}. */
    List<Long> of(long committeeId, List<Long> candidates, LocalDate from, LocalDate to) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        Set<Long> idle = idle(committeeId, new HashSet<>(candidates), from, to, clock.today());
        return candidates.stream().filter(idle::contains).toList();
    }

    /** The idle members among {@code asked}. */
    private Set<Long> idle(long committeeId, Set<Long> asked, LocalDate from, LocalDate to, LocalDate today) {
        Set<Long> inOffice = MemberTerms.inOffice(committeeId, asked.size() <= NAMED_AT_MOST ? asked : null, from, to,
                today);
        inOffice.retainAll(asked);
        if (inOffice.isEmpty()) {
            return inOffice;
        }
        Map<String, Object> parameters = new HashMap<>();
        String worked = worked(from, to, today, parameters);
        // The whole committee's question names no one: a statement of hundreds of ids costs more to plan than
        // reading the committee's few more rows.
        boolean named = asked.size() <= NAMED_AT_MOST;
        var query = em.createNativeQuery("select m.id from member m where m.committee_id = :committee"
                + (named ? " and m.id in (:members)" : "") + " and not exists (select 1 from member_work w"
                + " where w.member_id = m.id and w.committee_id = :committee and (" + worked + "))", Long.class)
                .setParameter("committee", committeeId);
        if (named) {
            query.setParameter("members", inOffice);
        }
        parameters.forEach(query::setParameter);
        Set<Long> idle = new HashSet<>();
        for (Object id : query.getResultList()) {
            idle.add(((Number) id).longValue());
        }
        inOffice.retainAll(idle);
        return inOffice;
    }

    /**
     * How many of the candidates (the committee's members) were idle in each of the periods: those in office in it
     * less those of them who worked in it, the workers of every period counted in one statement over the kept
     * spans, not an anti-join of the committee's members per period.
     */
    List<Long> countEach(long committeeId, List<Long> candidates, List<Period> periods) {
        LocalDate today = clock.today();
        Set<Long> all = new HashSet<>(candidates);
        Map<String, Object> parameters = new HashMap<>();
        List<String> each = new ArrayList<>();
        List<Integer> inOffice = new ArrayList<>();
        boolean rows = true;
        List<Set<Long>> inOfficeEach = MemberTerms.inOfficeEach(committeeId, null, periods);
        for (int i = 0; i < periods.size(); i++) {
            Period period = periods.get(i);
            Set<Long> in = inOfficeEach.get(i);
            in.retainAll(all);
            inOffice.add(in.size());
            // The work of members out of office in the period does not make them less idle; -1 keeps the list
            // from being empty.
            Set<Long> out = new HashSet<>(all);
            out.removeAll(in);
            out.add(-1L);
            parameters.put("out" + i, out);
            each.add("select " + i + " as i, w.member_id from member_work w where w.committee_id = :committee and ("
                    + worked(period.from(), period.to(), today, parameters) + ") and w.member_id not in (:out" + i
                    + ")");
            rows &= !period.to().isAfter(today) && Spans.of(period.from(), period.to()).single();
        }
        // Periods that are each one span ended by today (a year's months or quarters) have a row per member who
        // worked: counting the rows spares sorting them by member.
        var query = em.createNativeQuery("select i, count(" + (rows ? "*" : "distinct member_id") + ") from ("
                + String.join(" union all ", each) + ") w group by i").setParameter("committee", committeeId);
        parameters.forEach(query::setParameter);
        long[] workers = new long[periods.size()];
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            workers[((Number) columns[0]).intValue()] = ((Number) columns[1]).longValue();
        }
        List<Long> idle = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            idle.add(inOffice.get(i) - workers[i]);
        }
        return idle;
    }

    /**
     * The condition that a {@code member_work} row {@code w} is work from {@code from} to {@code to}: work counts
     * over the period, solved opinions only up to its judging day, as the opinions' figures do.
     */
    private static String worked(LocalDate from, LocalDate to, LocalDate today, Map<String, Object> parameters) {
        LocalDate asOf = to.isAfter(today) ? today : to;
        String during = "(" + Spans.of(from, to).condition("w", "p", parameters) + ")";
        if (asOf.equals(to)) {
            return during + " and (w.work > 0 or w.solved > 0)";
        }
        if (asOf.isBefore(from)) {
            return during + " and w.work > 0";
        }
        return during + " and w.work > 0 or (" + Spans.of(from, asOf).condition("w", "s", parameters)
                + ") and w.solved > 0";
    }

    /**
     * A period as the spans {@code member_work} keeps: its whole years, then the whole quarters, then the whole
     * months and then the days before and after them, each a range of the spans' first days.
     */
    record Spans(List<Object[]> ranges) {

        static Spans of(LocalDate from, LocalDate to) {
            List<Object[]> ranges = new ArrayList<>();
            LocalDate firstYear = from.getDayOfYear() == 1 ? from : from.withDayOfYear(1).plusYears(1);
            LocalDate endYear = to.plusDays(1).withDayOfYear(1);
            if (firstYear.isBefore(endYear)) {
                ranges.add(new Object[] {"Y", firstYear, endYear.minusYears(1)});
                quarters(from, firstYear.minusDays(1), ranges);
                quarters(endYear, to, ranges);
            } else {
                quarters(from, to, ranges);
            }
            return new Spans(ranges);
        }

        /**
         * Whether the period is one span, a day, a month, a quarter or a year: a member has at most one row of it,
         * so its workers are counted as rows.
         */
        boolean single() {
            return ranges.size() == 1 && ranges.get(0)[1].equals(ranges.get(0)[2]);
        }

        private static void quarters(LocalDate from, LocalDate to, List<Object[]> ranges) {
            if (from.isAfter(to)) {
                return;
            }
            LocalDate start = OfficeClock.quarterStart(from);
            LocalDate firstQuarter = start.equals(from) ? from : start.plusMonths(3);
            LocalDate endQuarter = OfficeClock.quarterStart(to.plusDays(1));
            if (!firstQuarter.isBefore(endQuarter)) {
                months(from, to, ranges);
                return;
            }
            ranges.add(new Object[] {"Q", firstQuarter, endQuarter.minusMonths(3)});
            months(from, firstQuarter.minusDays(1), ranges);
            months(endQuarter, to, ranges);
        }

        private static void months(LocalDate from, LocalDate to, List<Object[]> ranges) {
            if (from.isAfter(to)) {
                return;
            }
            LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
            LocalDate endMonth = to.plusDays(1).withDayOfMonth(1);
            if (!firstMonth.isBefore(endMonth)) {
                ranges.add(new Object[] {"D", from, to});
                return;
            }
            ranges.add(new Object[] {"M", firstMonth, endMonth.minusMonths(1)});
            if (from.isBefore(firstMonth)) {
                ranges.add(new Object[] {"D", from, firstMonth.minusDays(1)});
            }
            if (!endMonth.isAfter(to)) {
                ranges.add(new Object[] {"D", endMonth, to});
            }
        }

        /** The SQL condition that row {@code alias} is one of the spans, its parameters named {@code prefix}0, 1…. */
        String condition(String alias, String prefix, Map<String, Object> parameters) {
            List<String> any = new ArrayList<>();
            for (Object[] range : ranges) {
                String first = prefix + parameters.size();
                parameters.put(first, range[1]);
                String last = prefix + parameters.size();
                parameters.put(last, range[2]);
                any.add("(" + alias + ".span = '" + range[0] + "' and " + alias + ".start between :" + first
                        + " and :" + last + ")");
            }
            return String.join(" or ", any);
        }
    }
}
