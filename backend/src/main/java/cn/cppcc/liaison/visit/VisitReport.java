package cn.cppcc.liaison.visit;

import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.report.FigureQuery;
import cn.cppcc.liaison.kernel.report.ReportFigure;
import cn.cppcc.liaison.kernel.report.ReportSlice;
import cn.cppcc.liaison.studio.StudioService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The visits' figures in a report, each the total or a sum of the visit or studio list for the same period; for a
 * group, sector or member the visits its members were present at.
 */
@ApplicationScoped
class VisitReport {

    @Inject
    VisitService visits;

    @Inject
    StudioService studios;

    void answer(@Observes FigureQuery query) {
        if (!query.answerable(ReportSlice.TOWNSHIP, ReportSlice.PLATFORM, ReportSlice.STUDIO, ReportSlice.GROUP,
                ReportSlice.SECTOR, ReportSlice.MEMBER)) {
            return;
        }
        VisitPage page = visits.list(PageParams.one(), query.committeeId(), null, query.id(ReportSlice.TOWNSHIP),
                query.id(ReportSlice.STUDIO), query.id(ReportSlice.PLATFORM), query.participants(), query.from(),
                query.to());
        query.answer(ReportFigure.VISITS, page.total(), "listVisits", query.query(), "total");
        query.answer(ReportFigure.PEOPLE_RECEIVED, page.peopleReceived(), "listVisits", query.query(), "peopleReceived");
        query.answer(ReportFigure.MEMBERS_PRESENT, page.membersPresent(), "listVisits", query.query(), "membersPresent");
        if (!query.answerable(ReportSlice.TOWNSHIP)) {
            return;
        }
        Long township = query.id(ReportSlice.TOWNSHIP);
        long active = studios.list(PageParams.one(), query.committeeId(), township, null, null, null, query.from(),
                query.to()).total();
        Map<String, String> drill = new LinkedHashMap<>();
        drill.put("committeeId", String.valueOf(query.committeeId()));
        drill.put("activeFrom", query.from().toString());
        drill.put("activeTo", query.to().toString());
        if (township != null) {
            drill.put("townshipId", String.valueOf(township));
        }
        query.answer(ReportFigure.ACTIVE_STUDIOS, active, "listStudios", drill, "total");
    }
}
