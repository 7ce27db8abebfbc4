package cn.cppcc.liaison.opinion;

import cn.cppcc.liaison.kernel.Caller;
import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.Participants;
import cn.cppcc.liaison.kernel.Period;
import cn.cppcc.liaison.kernel.Role;
import cn.cppcc.liaison.kernel.report.FigureQuery;
import cn.cppcc.liaison.kernel.report.ReportFigure;
import cn.cppcc.liaison.kernel.report.ReportSlice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
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

    /** The report's opinion figures, each the list's total with {@code figure=} this. */
    private static final Map<ReportFigure, OpinionFigure> FIGURES = Map.of(
            ReportFigure.OPINIONS_COLLECTED, OpinionFigure.COLLECTED,
            ReportFigure.OPINIONS_ACCEPTED, OpinionFigure.ACCEPTED,
            ReportFigure.OPINIONS_FORWARDED, OpinionFigure.FORWARDED,
            ReportFigure.OPINIONS_ADOPTED, OpinionFigure.ADOPTED,
            ReportFigure.OPINIONS_RESOLVED, OpinionFigure.RESOLVED,
            ReportFigure.OPINIONS_SOLVED, OpinionFigure.SOLVED,
            ReportFigure.OPINIONS_OVERDUE, OpinionFigure.OVERDUE,
            ReportFigure.OPINIONS_OPEN, OpinionFigure.OPEN);

    void answer(@Observes FigureQuery query) {
        if (!query.answerable(ReportSlice.TOWNSHIP, ReportSlice.CATEGORY, ReportSlice.GROUP, ReportSlice.SECTOR,
                ReportSlice.MEMBER)) {
            return;
        }
        if (query.overPeriods()) {
            if (!seesTheWholeCommittee(query)) {
                query.eachPeriod(this::answer);
                return;
            }
            // Every period's figures from the kept days at once.
            List<Period> periods = query.periods();
            List<Map<OpinionFigure, Long>> figures = days.figures(query.committeeId(), periods);
            List<List<long[]>> solved = days.solutionDays(query.committeeId(), periods);
            for (int i = 0; i < periods.size(); i++) {
                answer(query, (long) i, figures.get(i), solved.get(i));
            }
            return;
        }
        if (!query.grouped()) {
            one(query);
        } else if (seesTheWholeCommittee(query)) {
            // The kept rows by township, category or who submitted hold all of the committee's opinions, which this
            // caller's list shows.
            Period period = query.period();
            Map<Long, Map<OpinionFigure, Long>> counted = days.sliceFigures(query.committeeId(), period, query.slice(),
                    query.ids());
            Map<Long, List<long[]>> solved = days.sliceSolutionDays(query.committeeId(), period, query.slice(),
                    query.ids());
            for (Long id : query.ids()) {
                answer(query, id, counted.get(id), solved.get(id));
            }
        } else if (query.aboutParticipants()) {
            OpinionService.Criteria criteria = criteria(query, null, null, Participants.ANY);
            opinions.figuresBySubmitter(criteria, query.slice().fromMember(), query.ids()).forEach((id, row) ->
                    answer(query, id, row.figures(), counted(row.daysToSolution())));
        } else {
            byPlace(query);
        }
    }

    /** Each township's or category's figures: one grouped question for all the rows, the list's conditions. */
    private void byPlace(FigureQuery query) {
        String by = query.slice() == ReportSlice.TOWNSHIP ? "township" : "category";
        OpinionService.Criteria criteria = criteria(query, null, null, Participants.ANY);
        Map<Long, Map<OpinionFigure, Long>> counted = opinions.figuresBy(criteria, by, query.ids());
        Map<Long, List<long[]>> solved = opinions.daysToSolutionBy(criteria, by, query.ids());
        for (Long id : query.ids()) {
            answer(query, id, counted.get(id), solved.get(id));
        }
    }

    /** The figures of one row: the whole committee, or one township, group… of it. */
    private void one(FigureQuery query) {
        OpinionService.Criteria criteria = criteria(query, query.id(ReportSlice.CATEGORY),
                query.id(ReportSlice.TOWNSHIP), query.participants());
        boolean fromDays = fromDays(query);
        answer(query, query.ids().get(0),
                fromDays ? days.figures(query.committeeId(), query.period()) : opinions.figures(criteria),
                fromDays ? days.solutionDays(query.committeeId(), query.period())
                        : counted(opinions.daysToSolution(criteria)));
    }

    private static OpinionService.Criteria criteria(FigureQuery query, Long category, Long township,
            Participants submitters) {
        return new OpinionService.Criteria(query.committeeId(), null, category, township, null, submitters, null, null,
                null, null, query.from(), query.to(), null, null, null, null);
    }

    /** A row's figures, and 办理时长 over its opinions solved in the period (there is no median of none). */
    private static void answer(FigureQuery query, Long id, Map<OpinionFigure, Long> counted, List<long[]> solved) {
        FIGURES.forEach((reported, figure) -> query.answer(id, reported, counted.get(figure), "listOpinions",
                query.query(id, "figure", figure.name()), "total"));
        if (!solved.isEmpty()) {
            // Its drill-down lists the opinions solved in the period.
            Map<String, String> list = query.query(id, "figure", OpinionFigure.SOLVED.name());
            query.answer(id, ReportFigure.SOLUTION_DAYS_MEDIAN, nearestRank(solved, 50), "listOpinions", list,
                    "records");
            query.answer(id, ReportFigure.SOLUTION_DAYS_P90, nearestRank(solved, 90), "listOpinions", list, "records");
        }
    }

    /**
     * A whole committee's figures come from its daily figures when the caller's list shows all of the committee's
     * opinions (the administrator, its office or reporter, or a committee above reading as its reporter); the list
     * is the same either way, and the tests hold the two equal.
     */
    private boolean fromDays(FigureQuery query) {
        return query.wholeCommittee() && query.from() != null && query.to() != null && seesTheWholeCommittee(query);
    }

    private boolean seesTheWholeCommittee(FigureQuery query) {
        Caller caller = callerContext.get();
        return caller.role() == Role.ADMIN || (caller.role() == Role.OFFICE || caller.role() == Role.REPORTER)
                && Long.valueOf(query.committeeId()).equals(caller.committeeId());
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
}
