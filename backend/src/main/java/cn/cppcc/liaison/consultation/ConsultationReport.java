package cn.cppcc.liaison.consultation;

import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.Period;
import cn.cppcc.liaison.kernel.report.FigureQuery;
import cn.cppcc.liaison.kernel.report.KeptParticipants;
import cn.cppcc.liaison.kernel.report.ReportFigure;
import cn.cppcc.liaison.kernel.report.ReportSlice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The consultations' and outcomes' figures in a report: their lists' totals for the same period; for a group, sector
 * or member the consultations its members attended (出席).
 */
@ApplicationScoped
class ConsultationReport {

    private static final Map<OutcomeFigure, ReportFigure> OUTCOMES = Map.of(OutcomeFigure.AGREED,
            ReportFigure.OUTCOMES_AGREED, OutcomeFigure.IMPLEMENTED, ReportFigure.OUTCOMES_IMPLEMENTED,
            OutcomeFigure.OVERDUE, ReportFigure.OUTCOMES_OVERDUE);

    @Inject
    ConsultationService consultations;

    @Inject
    OutcomeService outcomes;

    @Inject
    CallerContext callerContext;

    void answer(@Observes FigureQuery query) {
        if (!query.answerable(ReportSlice.TOWNSHIP, ReportSlice.PLATFORM, ReportSlice.STUDIO, ReportSlice.GROUP,
                ReportSlice.SECTOR, ReportSlice.MEMBER)) {
            return;
        }
        if (query.overPeriods()) {
            // Every period's consultations and outcomes in one question each; the gaps period by period, from the
            // compliance table of each year or quarter.
            List<Period> periods = query.periods();
            long[] held = consultations.countOver(query.committeeId(), periods);
            List<Map<OutcomeFigure, Long>> agreed = outcomes.countEachOver(query.committeeId(),
                    List.copyOf(OUTCOMES.keySet()), periods);
            for (int i = 0; i < periods.size(); i++) {
                Long row = (long) i;
                query.answer(row, ReportFigure.CONSULTATIONS, held[i], "listConsultations", query.query(row),
                        "total");
                OUTCOMES.forEach((figure, reported) -> query.answer(row, reported, agreed.get(row.intValue())
                        .get(figure), "listOutcomes", query.query(row, "figure", figure.name()), "total"));
            }
            query.eachPeriod(this::gaps);
            return;
        }
        if (query.grouped() && query.aboutParticipants()) {
            // Each member's, group's or sector's consultations attended, each counted once: from the kept rows when
            // they give the caller's list (they hold the same), else one grouped question.
            Map<Long, Long> attended = new HashMap<>();
            if (KeptParticipants.give(callerContext.get(), query.committeeId())) {
                KeptParticipants.totals(ConsultationEntity.getEntityManager(), KeptParticipants.Source.CONSULTATION,
                        query.committeeId(), query.from(), query.to(), query.slice(), query.ids(), null)
                        .forEach((id, totals) -> attended.put(id, totals[0]));
            } else {
                attended.putAll(consultations.countByParticipant(query.slice().fromMember(), query.ids(),
                        query.committeeId(), Attendance.PRESENT, query.from(), query.to()));
            }
            attended.forEach((id, held) -> query.answer(id,
                            ReportFigure.CONSULTATIONS, held, "listConsultations",
                            query.query(id, "attendance", Attendance.PRESENT.name()), "total"));
        } else if (query.grouped()) {
            // Each township's, platform's or studio's consultations in one grouped question, and each township's gaps.
            Map<Long, Long> held = consultations.countBy(query.slice().property(), query.ids(),
                    query.committeeId(), query.from(), query.to());
            for (Long id : query.ids()) {
                query.answer(id, ReportFigure.CONSULTATIONS, held.get(id), "listConsultations", query.query(id),
                        "total");
            }
            gaps(query);
        } else {
            one(query);
        }
    }

    /** The figures of one row: the whole committee, or one township, group… of it. */
    private void one(FigureQuery query) {
        // A group's, sector's or member's consultations are those its members attended, as the record counts them.
        Attendance attended = query.aboutParticipants() ? Attendance.PRESENT : null;
        query.answer(ReportFigure.CONSULTATIONS, consultations.count(query.committeeId(),
                query.id(ReportSlice.TOWNSHIP), query.id(ReportSlice.PLATFORM), query.id(ReportSlice.STUDIO),
                query.participants(), attended, query.from(), query.to()), "listConsultations",
                attended == null ? query.query() : query.query("attendance", attended.name()), "total");
        gaps(query);
        if (!query.answerable()) {
            return;
        }
        Map<OutcomeFigure, Long> agreed = outcomes.countEach(query.committeeId(), query.from(), query.to(),
                List.copyOf(OUTCOMES.keySet()));
        OUTCOMES.forEach((figure, reported) -> query.answer(reported, agreed.get(figure), "listOutcomes",
                query.query("figure", figure.name()), "total"));
    }

    /** 一季一协商's gaps of one row: the whole committee or a township. */
    private void gaps(FigureQuery query) {
        Integer quarter = query.period().calendarQuarter();
        if (!query.answerable(ReportSlice.TOWNSHIP) || quarter == null && !query.period().wholeYear()) {
            // 一季一协商 is kept by the quarter: its gaps are answered for a whole year or one calendar quarter, from
            // its own table (a quarter not yet over has none), and for no other period.
            return;
        }
        int year = query.from().getYear();
        if (query.grouped()) {
            // Each township's gaps, its platforms' found with the whole committee's at once.
            Map<Long, Long> gaps = consultations.gapsByTownship(year, quarter, query.committeeId());
            for (Long township : query.ids()) {
                query.answer(township, ReportFigure.CONSULTATION_GAPS, gaps.getOrDefault(township, 0L),
                        "getConsultationCompliance", gapsDrill(query, year, quarter, township), "gaps");
            }
            return;
        }
        Long township = query.id(ReportSlice.TOWNSHIP);
        long gaps = consultations.compliance(year, quarter, query.committeeId(), township, true, PageParams.one())
                .gaps();
        query.answer(ReportFigure.CONSULTATION_GAPS, gaps, "getConsultationCompliance",
                gapsDrill(query, year, quarter, township), "gaps");
    }

    /** The compliance table's gaps of the year (or quarter), the committee and the township when given. */
    private static Map<String, String> gapsDrill(FigureQuery query, int year, Integer quarter, Long township) {
        Map<String, String> drill = new LinkedHashMap<>();
        drill.put("year", String.valueOf(year));
        if (quarter != null) {
            drill.put("quarter", String.valueOf(quarter));
        }
        drill.put("committeeId", String.valueOf(query.committeeId()));
        if (township != null) {
            drill.put("townshipId", String.valueOf(township));
        }
        drill.put("gapsOnly", "true");
        return drill;
    }
}
