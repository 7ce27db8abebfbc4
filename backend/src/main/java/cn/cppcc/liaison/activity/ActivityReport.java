package cn.cppcc.liaison.activity;

import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.report.FigureQuery;
import cn.cppcc.liaison.kernel.report.KeptParticipants;
import cn.cppcc.liaison.kernel.report.ReportFigure;
import cn.cppcc.liaison.kernel.report.ReportSlice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * The activities' figures in a report: the activity list's total and its people reached, and its total of research
 * reports (调研报告), for the same period; for a group, sector or member the activities its members took part in.
 */
@ApplicationScoped
class ActivityReport {

    @Inject
    ActivityService activities;

    @Inject
    CallerContext callerContext;

    void answer(@Observes FigureQuery query) {
        if (!query.answerable(ReportSlice.GROUP, ReportSlice.SECTOR, ReportSlice.MEMBER)) {
            return;
        }
        if (query.overPeriods()) {
            // Every period's activities in one question.
            List<long[]> all = activities.totalsOver(query.committeeId(), ActivityKind.RESEARCH, query.periods());
            for (int i = 0; i < all.size(); i++) {
                answer(query, (long) i, all.get(i));
            }
            return;
        }
        if (!query.grouped()) {
            one(query);
            return;
        }
        // Each member's, group's or sector's activities, each counted once, and its 调研报告, in one grouped question.
        // From the kept rows when they give the caller's list (they hold the same).
        Map<Long, long[]> all = KeptParticipants.give(callerContext.get(), query.committeeId())
                ? KeptParticipants.totals(ActivityEntity.getEntityManager(), KeptParticipants.Source.ACTIVITY,
                        query.committeeId(), query.from(), query.to(), query.slice(), query.ids(),
                        ActivityKind.RESEARCH.name())
                : activities.totalsByParticipant(query.slice().fromMember(), query.ids(), query.committeeId(),
                        ActivityKind.RESEARCH, query.from(), query.to());
        for (Long id : query.ids()) {
            answer(query, id, all.get(id));
        }
    }

    /** The figures of one row: the whole committee, or one township, group… of it. */
    private void one(FigureQuery query) {
        answer(query, query.ids().get(0), activities.totals(query.committeeId(), ActivityKind.RESEARCH,
                query.participants(), query.from(), query.to()));
    }

    /** A row's activities, people reached and 调研报告 from the list's totals. */
    private static void answer(FigureQuery query, Long id, long[] all) {
        query.answer(id, ReportFigure.ACTIVITIES, all[0], "listActivities", query.query(id), "total");
        query.answer(id, ReportFigure.PEOPLE_REACHED, all[1], "listActivities", query.query(id), "peopleReached");
        query.answer(id, ReportFigure.RESEARCH_REPORTS, all[2], "listActivities",
                query.query(id, "kind", ActivityKind.RESEARCH.name()), "total");
    }
}
