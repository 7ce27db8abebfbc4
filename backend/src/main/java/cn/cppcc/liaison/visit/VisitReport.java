package cn.cppcc.liaison.visit;

import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.Period;
import cn.cppcc.liaison.kernel.report.FigureQuery;
import cn.cppcc.liaison.kernel.report.ReportFigure;
import cn.cppcc.liaison.kernel.report.ReportSlice;
import cn.cppcc.liaison.studio.StudioService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
    static final VisitKind AT_STUDIO = VisitKind.RECEPTION_DAY;

    /** The kinds a row's figures read: any kind (null), the studios' reception days, the household visits. */
    private static final List<VisitKind> KINDS = Arrays.asList(null, AT_STUDIO, VisitKind.HOUSEHOLD);

    @Inject
    VisitService visits;

    @Inject
    StudioService studios;

    @Inject
    VisitDays days;

    @Inject
    CallerContext callerContext;

    void answer(@Observes FigureQuery query) {
        if (!query.answerable(ReportSlice.TOWNSHIP, ReportSlice.PLATFORM, ReportSlice.STUDIO, ReportSlice.GROUP,
                ReportSlice.SECTOR, ReportSlice.MEMBER)) {
            return;
        }
        if (query.overPeriods()) {
            if (!VisitDays.give(callerContext.get(), query.committeeId())) {
                query.eachPeriod(this::answer);
                return;
            }
            // Every period's figures from the kept months and days at once.
            List<Period> periods = query.periods();
            List<Map<VisitKind, VisitEntity.Totals>> totals = days.totals(query.committeeId(), periods);
            List<Long> active = days.activeStudios(query.committeeId(), periods);
            for (int i = 0; i < periods.size(); i++) {
                answer(query, (long) i, totals.get(i));
                answerActive(query, (long) i, null, active.get(i));
            }
            return;
        }
        if (!query.grouped()) {
            one(query);
        } else if (query.aboutParticipants()) {
            byParticipant(query);
        } else {
            byPlace(query);
        }
    }

    /** Each member's, group's or sector's figures: the visits one of them was present at, each counted once. */
    private void byParticipant(FigureQuery query) {
        Map<Long, Map<VisitKind, VisitEntity.Totals>> totals = VisitDays.give(callerContext.get(), query.committeeId())
                ? days.participantTotals(query.committeeId(), query.from(), query.to(), query.slice(), query.ids())
                : visits.totalsByParticipant(query.slice().fromMember(), query.ids(), query.committeeId(), KINDS,
                        query.from(), query.to());
        for (Long id : query.ids()) {
            answer(query, id, totals.get(id));
        }
    }

    /**
     * Each township's, platform's or studio's figures: the list's totals grouped by the place, one question for all
     * the rows (and one for the active studios of each township).
     */
    private void byPlace(FigureQuery query) {
        String by = query.slice().property();
        Map<Long, Map<VisitKind, VisitEntity.Totals>> totals = new HashMap<>();
        if (VisitDays.give(callerContext.get(), query.committeeId())) {
            // The kept days give the caller's list (they hold the same): every kind in one statement.
            totals = days.totals(query.committeeId(), query.from(), query.to(), by, query.ids());
        } else {
            for (VisitKind kind : KINDS) {
                Map<Long, Map<VisitKind, VisitEntity.Totals>> all = totals;
                visits.totalsBy(by, query.ids(), query.committeeId(), kind, query.from(), query.to()).forEach(
                        (id, t) -> all.computeIfAbsent(id, i -> new HashMap<>()).put(kind, t));
            }
        }
        Map<Long, Long> active = query.slice() == ReportSlice.TOWNSHIP
                ? studios.activeByTownship(query.ids(), query.committeeId(), query.from(), query.to()) : Map.of();
        for (Long id : query.ids()) {
            answer(query, id, totals.get(id));
            if (query.slice() == ReportSlice.TOWNSHIP) {
                answerActive(query, id, id, active.get(id));
            }
        }
    }

    /** The figures of one row: the whole committee, or one township, group… of it. */
    private void one(FigureQuery query) {
        Long id = query.ids().get(0);
        answer(query, id, totals(query));
        if (query.answerable(ReportSlice.TOWNSHIP)) {
            // A township's active studios are its own studios (where a studio may have moved since its visits).
            boolean kept = query.wholeCommittee() && VisitDays.give(callerContext.get(), query.committeeId());
            answerActive(query, id, id, kept
                    ? days.activeStudios(query.committeeId(), query.from(), query.to())
                    : studios.countActive(query.committeeId(), query.id(ReportSlice.TOWNSHIP), query.from(),
                            query.to()));
        }
    }

    /** A row's visit figures from the list's totals: all its visits, its studios' reception days, its household visits. */
    private static void answer(FigureQuery query, Long id, Map<VisitKind, VisitEntity.Totals> kinds) {
        VisitEntity.Totals all = kinds.get(null);
        VisitEntity.Totals atStudio = kinds.get(AT_STUDIO);
        VisitEntity.Totals household = kinds.get(VisitKind.HOUSEHOLD);
        query.answer(id, ReportFigure.VISITS, all.visits(), "listVisits", query.query(id), "total");
        query.answer(id, ReportFigure.PEOPLE_RECEIVED, all.peopleReceived(), "listVisits", query.query(id),
                "peopleReceived");
        query.answer(id, ReportFigure.MEMBERS_PRESENT, all.membersPresent(), "listVisits", query.query(id),
                "membersPresent");
        query.answer(id, ReportFigure.STUDIO_PEOPLE_RECEIVED, atStudio.peopleReceived(), "listVisits",
                query.query(id, "kind", AT_STUDIO.name()), "peopleReceived");
        query.answer(id, ReportFigure.HOUSEHOLD_MEMBER_VISITS, household.membersPresent(), "listVisits",
                query.query(id, "kind", VisitKind.HOUSEHOLD.name()), "membersPresent");
    }

    /**
     * 活跃工作室 of the row {@code row}, the whole committee or a township: the studio list's total with
     * {@code activeFrom}–{@code activeTo} the row's period.
     */
    private static void answerActive(FigureQuery query, Long row, Long township, long active) {
        Map<String, String> drill = new LinkedHashMap<>();
        drill.put("committeeId", String.valueOf(query.committeeId()));
        drill.put("activeFrom", query.period(row).from().toString());
        drill.put("activeTo", query.period(row).to().toString());
        if (township != null) {
            drill.put("townshipId", String.valueOf(township));
        }
        query.answer(row, ReportFigure.ACTIVE_STUDIOS, active, "listStudios", drill, "total");
    }

    /**
     * One row's totals of each kind a figure reads: from the kept days when they give the caller's list (they hold
     * the same), else from the visit list's filter.
     */
    private Map<VisitKind, VisitEntity.Totals> totals(FigureQuery query) {
        if (query.aboutParticipants() && VisitDays.give(callerContext.get(), query.committeeId())) {
            return days.participantTotals(query.committeeId(), query.from(), query.to(), query.slice(), query.ids())
                    .get(query.ids().get(0));
        }
        if (!query.aboutParticipants() && VisitDays.give(callerContext.get(), query.committeeId())) {
            String by = query.wholeCommittee() ? null : query.slice().property();
            return days.totals(query.committeeId(), query.from(), query.to(), by, query.ids()).get(query.ids().get(0));
        }
        Map<VisitKind, VisitEntity.Totals> kinds = new HashMap<>();
        for (VisitKind kind : KINDS) {
            kinds.put(kind, visits.totals(query.committeeId(), kind, query.id(ReportSlice.TOWNSHIP),
                    query.id(ReportSlice.STUDIO), query.id(ReportSlice.PLATFORM), query.participants(), query.from(),
                    query.to()));
        }
        return kinds;
    }
}
