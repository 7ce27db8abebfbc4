package cn.cppcc.liaison.proposal;

import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.report.FigureQuery;
import cn.cppcc.liaison.kernel.report.KeptParticipants;
import cn.cppcc.liaison.kernel.report.ReportFigure;
import cn.cppcc.liaison.kernel.report.ReportSlice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The proposals' figures in a report: the proposal list's total for each figure and the same period; for a group,
 * sector or member the proposals its members led or co-signed.
 */
@ApplicationScoped
class ProposalReport {

    private static final Map<ProposalFigure, ReportFigure> FIGURES = Map.of(ProposalFigure.FILED,
            ReportFigure.PROPOSALS_FILED, ProposalFigure.ACCEPTED, ReportFigure.PROPOSALS_ACCEPTED,
            ProposalFigure.ANSWERED, ReportFigure.PROPOSALS_ANSWERED);

    @Inject
    ProposalService proposals;

    @Inject
    CallerContext callerContext;

    void answer(@Observes FigureQuery query) {
        if (!query.answerable(ReportSlice.GROUP, ReportSlice.SECTOR, ReportSlice.MEMBER)) {
            return;
        }
        if (query.overPeriods()) {
            // Every period's proposals of every figure in one question.
            List<Map<ProposalFigure, Long>> counted = proposals.countEachOver(query.committeeId(),
                    List.copyOf(FIGURES.keySet()), query.periods());
            for (int i = 0; i < counted.size(); i++) {
                Long row = (long) i;
                FIGURES.forEach((figure, reported) -> query.answer(row, reported, counted.get(row.intValue())
                        .get(figure), "listProposals", query.query(row, "figure", figure.name()), "total"));
            }
            return;
        }
        if (!query.grouped()) {
            one(query);
            return;
        }
        // Each member's, group's or sector's proposals, led or co-signed, for all three figures at once: from the kept
        // rows when they give the caller's list (they hold the same), else in three grouped questions.
        Map<Long, Map<ProposalFigure, Long>> all = new HashMap<>();
        if (KeptParticipants.give(callerContext.get(), query.committeeId())) {
            KeptParticipants.byKind(ProposalEntity.getEntityManager(), KeptParticipants.Source.PROPOSAL,
                    query.committeeId(), query.from(), query.to(), query.slice(), query.ids()).forEach((id, kinds) -> {
                        Map<ProposalFigure, Long> counted = new EnumMap<>(ProposalFigure.class);
                        FIGURES.keySet().forEach(f -> counted.put(f, kinds.getOrDefault(f.name(), new long[1])[0]));
                        all.put(id, counted);
                    });
        } else {
            all.putAll(proposals.countByParticipant(query.slice().fromMember(), query.ids(), query.committeeId(),
                    query.from(), query.to(), List.copyOf(FIGURES.keySet())));
        }
        all.forEach((id, counted) -> FIGURES.forEach((figure, reported) -> query.answer(id, reported,
                counted.get(figure), "listProposals", query.query(id, "figure", figure.name()), "total")));
    }

    /** The figures of one row: the whole committee, or one township, group… of it. */
    private void one(FigureQuery query) {
        Map<ProposalFigure, Long> counted = proposals.countEach(query.committeeId(), query.participants(),
                query.from(), query.to(), List.copyOf(FIGURES.keySet()));
        FIGURES.forEach((figure, reported) -> query.answer(reported, counted.get(figure), "listProposals",
                query.query("figure", figure.name()), "total"));
    }
}
