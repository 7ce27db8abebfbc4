package cn.cppcc.liaison.proposal;

import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.report.FigureQuery;
import cn.cppcc.liaison.kernel.report.ReportFigure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;

/** The proposals' figures in a report: the proposal list's total for each figure and the same period. */
@ApplicationScoped
class ProposalReport {

    private static final Map<ProposalFigure, ReportFigure> FIGURES = Map.of(ProposalFigure.FILED,
            ReportFigure.PROPOSALS_FILED, ProposalFigure.ACCEPTED, ReportFigure.PROPOSALS_ACCEPTED,
            ProposalFigure.ANSWERED, ReportFigure.PROPOSALS_ANSWERED);

    @Inject
    ProposalService proposals;

    void answer(@Observes FigureQuery query) {
        if (!query.answerable()) {
            return;
        }
        FIGURES.forEach((figure, reported) -> query.answer(reported, proposals.list(PageParams.one(),
                query.committeeId(), null, null, null, null, query.from(), query.to(), null, figure).total(),
                "listProposals", query.query("figure", figure.name()), "total"));
    }
}
