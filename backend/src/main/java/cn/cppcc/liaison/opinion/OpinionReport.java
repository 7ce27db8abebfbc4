package cn.cppcc.liaison.opinion;

import cn.cppcc.liaison.kernel.report.FigureQuery;
import cn.cppcc.liaison.kernel.report.ReportFigure;
import cn.cppcc.liaison.kernel.report.ReportSlice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
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

    void answer(@Observes FigureQuery query) {
        if (!query.answerable(ReportSlice.TOWNSHIP, ReportSlice.CATEGORY, ReportSlice.GROUP, ReportSlice.SECTOR,
                ReportSlice.MEMBER)) {
            return;
        }
        OpinionService.Criteria criteria = new OpinionService.Criteria(query.committeeId(), null,
                query.id(ReportSlice.CATEGORY), query.id(ReportSlice.TOWNSHIP), null, query.participants(), null, null,
                null, null, query.from(), query.to(), null, null, null, null);
        OpinionSummary s = opinions.summary(criteria);
        answer(query, ReportFigure.OPINIONS_COLLECTED, OpinionFigure.COLLECTED, s.collected());
        answer(query, ReportFigure.OPINIONS_ACCEPTED, OpinionFigure.ACCEPTED, s.accepted());
        answer(query, ReportFigure.OPINIONS_FORWARDED, OpinionFigure.FORWARDED, s.forwarded());
        answer(query, ReportFigure.OPINIONS_ADOPTED, OpinionFigure.ADOPTED, s.adopted());
        answer(query, ReportFigure.OPINIONS_RESOLVED, OpinionFigure.RESOLVED, s.resolved());
        answer(query, ReportFigure.OPINIONS_SOLVED, OpinionFigure.SOLVED, s.solved());
        answer(query, ReportFigure.OPINIONS_OVERDUE, OpinionFigure.OVERDUE, s.overdue());
        answer(query, ReportFigure.OPINIONS_OPEN, OpinionFigure.OPEN, s.open());
        // 办理时长 over the opinions solved in the period: its drill-down lists them (there is no median of none).
        List<Long> days = new ArrayList<>(opinions.daysToSolution(criteria));
        if (!days.isEmpty()) {
            Collections.sort(days);
            Map<String, String> solved = query.query("figure", OpinionFigure.SOLVED.name());
            query.answer(ReportFigure.SOLUTION_DAYS_MEDIAN, nearestRank(days, 50), "listOpinions", solved, "records");
            query.answer(ReportFigure.SOLUTION_DAYS_P90, nearestRank(days, 90), "listOpinions", solved, "records");
        }
    }

    /** The {@code percent}th percentile of sorted values by the nearest rank: the value at rank ⌈percent·n/100⌉. */
    static long nearestRank(List<Long> sorted, int percent) {
        int rank = (int) Math.ceil(percent * sorted.size() / 100.0);
        return sorted.get(Math.max(rank, 1) - 1);
    }

    private static void answer(FigureQuery query, ReportFigure reported, OpinionFigure figure, long value) {
        query.answer(reported, value, "listOpinions", query.query("figure", figure.name()), "total");
    }
}
