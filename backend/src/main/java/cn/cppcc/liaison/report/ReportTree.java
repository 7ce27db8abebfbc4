package cn.cppcc.liaison.report;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.committee.CommitteeTree;
import cn.cppcc.liaison.kernel.Caller;
import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.Period;
import cn.cppcc.liaison.kernel.report.FigureQuery;
import cn.cppcc.liaison.kernel.report.ReportFigure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A committee with the committees below it, as a report by committee or of a whole subtree takes them in. Each is
 * read as the caller's drill-downs read it: the caller's own committee as the caller, one below as that
 * committee's reporter, every one as itself for an administrator; so a committee's figures equal the lists the
 * caller gets with its {@code committeeId}, and their sums are the sums of those.
 */
@ApplicationScoped
class ReportTree {

    @Inject
    CallerContext callerContext;

    @Inject
    Event<FigureQuery> figures;

    /**
     * The committee and every committee below it, at any depth, parents first; only the office, reporters and
     * administrators read below, so a group's convenor or liaison gets its own committee alone.
     */
    List<CommitteeTree.Node> of(CommitteeEntity committee) {
        Caller caller = callerContext.get();
        return caller.committeeId() == null || caller.readsBelow() ? CommitteeTree.subtree(committee.id)
                : List.of(new CommitteeTree.Node(committee.id, committee.name, null, 0));
    }

    /** One committee's figures for the period, as the caller reads that committee. */
    FigureQuery ask(long committeeId, Period period) {
        FigureQuery query = new FigureQuery(committeeId, period);
        if (callerContext.get().sees(committeeId)) {
            figures.fire(query);
        } else {
            callerContext.readingBelow(committeeId, () -> figures.fire(query));
        }
        return query;
    }

    /** The figures that add up (not 办理时长's median and percentile) summed over {@code answered} committees. */
    static Map<ReportFigure, Long> summed(List<FigureQuery> answered) {
        Map<ReportFigure, Long> sums = new EnumMap<>(ReportFigure.class);
        for (FigureQuery query : answered) {
            query.answers().forEach((figure, a) -> {
                if (figure.summable()) {
                    sums.merge(figure, a.value(), Long::sum);
                }
            });
        }
        return sums;
    }

    /** The tree's figures summed for the period: what a breakdown by committee gives as its total. */
    Map<ReportFigure, Long> summed(List<CommitteeTree.Node> tree, Period period) {
        return summed(tree.stream().map(node -> ask(node.id(), period)).toList());
    }
}
