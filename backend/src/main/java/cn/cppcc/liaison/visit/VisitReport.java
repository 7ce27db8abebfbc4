package cn.cppcc.liaison.visit;

import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.report.FigureQuery;
import cn.cppcc.liaison.kernel.report.ReportFigure;
import cn.cppcc.liaison.studio.StudioService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;

/** The visits' figures in a report, each the total or a sum of the visit or studio list for the same period. */
@ApplicationScoped
class VisitReport {

    @Inject
    VisitService visits;

    @Inject
    StudioService studios;

    void answer(@Observes FigureQuery query) {
        VisitPage page = visits.list(PageParams.one(), query.committeeId(), null, null, null, null, null, query.from(),
                query.to());
        query.answer(ReportFigure.VISITS, page.total(), "listVisits", query.query(), "total");
        query.answer(ReportFigure.PEOPLE_RECEIVED, page.peopleReceived(), "listVisits", query.query(), "peopleReceived");
        query.answer(ReportFigure.MEMBERS_PRESENT, page.membersPresent(), "listVisits", query.query(), "membersPresent");
        long active = studios.list(PageParams.one(), query.committeeId(), null, null, null, null, query.from(),
                query.to()).total();
        query.answer(ReportFigure.ACTIVE_STUDIOS, active, "listStudios", Map.of("committeeId",
                String.valueOf(query.committeeId()), "activeFrom", query.from().toString(), "activeTo",
                query.to().toString()), "total");
    }
}
