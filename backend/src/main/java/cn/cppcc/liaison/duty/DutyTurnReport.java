package cn.cppcc.liaison.duty;

import cn.cppcc.liaison.kernel.report.FigureQuery;
import cn.cppcc.liaison.kernel.report.ReportFigure;
import cn.cppcc.liaison.kernel.report.ReportSlice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * The duty turns' figures in a report: the duty-turn list's total for each figure and the same period; for a group,
 * sector or member the turns its members held.
 */
@ApplicationScoped
class DutyTurnReport {

    private static final Map<DutyTurnFigure, ReportFigure> FIGURES = Map.of(DutyTurnFigure.DONE, ReportFigure.DUTY_DONE,
            DutyTurnFigure.MISSED, ReportFigure.DUTY_MISSED, DutyTurnFigure.UNRECORDED, ReportFigure.DUTY_UNRECORDED);

    @Inject
    DutyTurnService turns;

    void answer(@Observes FigureQuery query) {
        if (!query.answerable(ReportSlice.PLATFORM, ReportSlice.GROUP, ReportSlice.SECTOR, ReportSlice.MEMBER)) {
            return;
        }
        if (query.overPeriods()) {
            // Every period's turns of every figure in one question.
            List<DutyTurnFigure> figures = List.copyOf(FIGURES.keySet());
            List<Map<DutyTurnFigure, Long>> counted = turns.countEachOver(query.committeeId(), figures,
                    query.periods());
            for (int i = 0; i < counted.size(); i++) {
                Long row = (long) i;
                FIGURES.forEach((figure, reported) -> query.answer(row, reported, counted.get(row.intValue())
                        .get(figure), "listDutyTurns", query.query(row, "figure", figure.name()), "total"));
            }
            return;
        }
        if (!query.grouped()) {
            one(query);
            return;
        }
        // A turn has one member, on one platform: every row's turns of every figure in one grouped question.
        String by = switch (query.slice()) {
            case PLATFORM -> "platform";
            case GROUP -> "member.group";
            case SECTOR -> "member.sector";
            default -> "member";
        };
        turns.countEachBy(by, query.ids(), query.committeeId(), List.copyOf(FIGURES.keySet()), query.from(),
                query.to()).forEach((id, counted) -> FIGURES.forEach((figure, reported) -> query.answer(id, reported,
                        counted.get(figure), "listDutyTurns", query.query(id, "figure", figure.name()), "total")));
    }

    /** The figures of one row: the whole committee, or one township, group… of it. */
    private void one(FigureQuery query) {
        List<DutyTurnFigure> figures = List.copyOf(FIGURES.keySet());
        Map<DutyTurnFigure, Long> counted = turns.countEach(query.committeeId(), query.id(ReportSlice.PLATFORM),
                query.participants(), figures, query.from(), query.to());
        FIGURES.forEach((figure, reported) -> query.answer(reported, counted.get(figure), "listDutyTurns",
                query.query("figure", figure.name()), "total"));
    }
}
