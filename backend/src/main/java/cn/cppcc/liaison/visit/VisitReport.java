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
 * The visits' figures in a report, each the total or a sum of the visit or studio list for the same period: all visits,
 * the reception days held at studios (工作室接待群众: the visits that make a studio active), and the household visits
 * (委员走访群众, counted in members present); for a group, sector or member the visits its members were present at.
 */
@ApplicationScoped
class VisitReport {

    /**
     * The kind of visit held at a studio ({@link VisitKind#heldAtStudio}), the reception days that make a studio
     * active ({@link VisitFigure#activeStudios}): the studios' people received are theirs.
     */
    private static final VisitKind AT_STUDIO = VisitKind.RECEPTION_DAY;

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
        query.answer(ReportFigure.STUDIO_PEOPLE_RECEIVED, ofKind(query, AT_STUDIO).peopleReceived(), "listVisits",
                query.query("kind", AT_STUDIO.name()), "peopleReceived");
        query.answer(ReportFigure.HOUSEHOLD_MEMBER_VISITS, ofKind(query, VisitKind.HOUSEHOLD).membersPresent(),
                "listVisits", query.query("kind", VisitKind.HOUSEHOLD.name()), "membersPresent");
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

    /** The visits of one kind with the query's filters and period. */
    private VisitPage ofKind(FigureQuery query, VisitKind kind) {
        return visits.list(PageParams.one(), query.committeeId(), kind, query.id(ReportSlice.TOWNSHIP),
                query.id(ReportSlice.STUDIO), query.id(ReportSlice.PLATFORM), query.participants(), query.from(),
                query.to());
    }
}
