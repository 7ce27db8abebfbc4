package cn.cppcc.liaison.opinion;

import cn.cppcc.liaison.kernel.Caller;
import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.Role;
import cn.cppcc.liaison.kernel.report.FigureQuery;
import cn.cppcc.liaison.kernel.report.ReportFigure;
import cn.cppcc.liaison.kernel.report.ReportSlice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The opinions' figures in a report, from the opinion summary's one scan: each equals the opinion list's total
 * with {@code figure=} and the same period, which the summary is built and tested to give; for a group, sector or
 * member the opinions its members submitted.
 */
@ApplicationScoped
class OpinionReport {

    @Inject
    OpinionService opinions;

    @Inject
    OpinionDays days;

    @Inject
    CallerContext callerContext;

    void answer(@Observes FigureQuery query) {
        if (!query.answerable(ReportSlice.TOWNSHIP, ReportSlice.CATEGORY, ReportSlice.GROUP, ReportSlice.SECTOR,
                ReportSlice.MEMBER)) {
            return;
        }
        OpinionService.Criteria criteria = new OpinionService.Criteria(query.committeeId(), null,
                query.id(ReportSlice.CATEGORY), query.id(ReportSlice.TOWNSHIP), null, query.participants(), null, null,
                null, null, query.from(), query.to(), null, null, null, null);
        boolean fromDays = fromDays(query);
        Map<OpinionFigure, Long> counted = fromDays ? days.figures(query.committeeId(), query.period())
                : counted(opinions.summary(criteria));
        answer(query, ReportFigure.OPINIONS_COLLECTED, OpinionFigure.COLLECTED, counted);
        answer(query, ReportFigure.OPINIONS_ACCEPTED, OpinionFigure.ACCEPTED, counted);
        answer(query, ReportFigure.OPINIONS_FORWARDED, OpinionFigure.FORWARDED, counted);
        answer(query, ReportFigure.OPINIONS_ADOPTED, OpinionFigure.ADOPTED, counted);
        answer(query, ReportFigure.OPINIONS_RESOLVED, OpinionFigure.RESOLVED, counted);
        answer(query, ReportFigure.OPINIONS_SOLVED, OpinionFigure.SOLVED, counted);
        answer(query, ReportFigure.OPINIONS_OVERDUE, OpinionFigure.OVERDUE, counted);
        answer(query, ReportFigure.OPINIONS_OPEN, OpinionFigure.OPEN, counted);
        // 办理时长 over the opinions solved in the period: its drill-down lists them (there is no median of none).
        List<long[]> solved = fromDays ? days.solutionDays(query.committeeId(), query.period())
                : counted(opinions.daysToSolution(criteria));
        if (!solved.isEmpty()) {
            Map<String, String> list = query.query("figure", OpinionFigure.SOLVED.name());
            query.answer(ReportFigure.SOLUTION_DAYS_MEDIAN, nearestRank(solved, 50), "listOpinions", list, "records");
            query.answer(ReportFigure.SOLUTION_DAYS_P90, nearestRank(solved, 90), "listOpinions", list, "records");
        }
    }

    /**
     * A whole committee's figures come from its daily figures when the caller's list shows all of the committee's
     * opinions (its office or reporter, or a committee above reading as its reporter); the list is the same either
     * way, and the tests hold the two equal.
     */
    private boolean fromDays(FigureQuery query) {
        Caller caller = callerContext.get();
        return query.wholeCommittee() && query.from() != null && query.to() != null
                && (caller.role() == Role.OFFICE || caller.role() == Role.REPORTER)
                && Long.valueOf(query.committeeId()).equals(caller.committeeId());
    }

    private static Map<OpinionFigure, Long> counted(OpinionSummary s) {
        Map<OpinionFigure, Long> counted = new EnumMap<>(OpinionFigure.class);
        counted.put(OpinionFigure.COLLECTED, s.collected());
        counted.put(OpinionFigure.ACCEPTED, s.accepted());
        counted.put(OpinionFigure.FORWARDED, s.forwarded());
        counted.put(OpinionFigure.ADOPTED, s.adopted());
        counted.put(OpinionFigure.RESOLVED, s.resolved());
        counted.put(OpinionFigure.SOLVED, s.solved());
        counted.put(OpinionFigure.OVERDUE, s.overdue());
        counted.put(OpinionFigure.OPEN, s.open());
        return counted;
    }

    /** Each number of days with how many opinions took it, fewest first. */
    static List<long[]> counted(List<Long> days) {
        Map<Long, Long> counts = new java.util.TreeMap<>();
        days.forEach(d -> counts.merge(d, 1L, Long::sum));
        List<long[]> counted = new ArrayList<>();
        counts.forEach((d, n) -> counted.add(new long[] {d, n}));
        return counted;
    }

    /**
     * The {@code percent}th percentile by the nearest rank, the value at rank ⌈percent·n/100⌉ of the values in
     * order, from each value with how many have it, the smallest first.
     */
    static long nearestRank(List<long[]> counted, int percent) {
        long n = counted.stream().mapToLong(c -> c[1]).sum();
        long rank = Math.max((long) Math.ceil(percent * n / 100.0), 1);
        long seen = 0;
        for (long[] c : counted) {
            seen += c[1];
            if (seen >= rank) {
                return c[0];
            }
        }
        throw new IllegalArgumentException("no values");
    }

    private static void answer(FigureQuery query, ReportFigure reported, OpinionFigure figure,
            Map<OpinionFigure, Long> counted) {
        query.answer(reported, counted.get(figure), "listOpinions", query.query("figure", figure.name()), "total");
    }
}
