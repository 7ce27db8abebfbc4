package cn.cppcc.liaison.member;

import cn.cppcc.liaison.kernel.report.FigureQuery;
import cn.cppcc.liaison.kernel.report.ReportFigure;
import cn.cppcc.liaison.kernel.report.ReportSlice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 挂牌委员 in a report: the member list's total with {@code idleFrom}–{@code idleTo} for the period, for the whole
 * committee or the members of a group, sector or township (the members' own, as the roster has them).
 */
@ApplicationScoped
class MemberReport {

    @Inject
    MemberService members;

    void answer(@Observes FigureQuery query) {
        if (!query.answerable(ReportSlice.GROUP, ReportSlice.SECTOR, ReportSlice.TOWNSHIP)) {
            return;
        }
        if (query.overPeriods()) {
            // 挂牌委员 of every period, from the kept work of their spans.
            List<Long> idle = members.countIdleEach(query.committeeId(), query.periods());
            for (int i = 0; i < idle.size(); i++) {
                Long row = (long) i;
                query.answer(row, ReportFigure.INACTIVE_MEMBERS, idle.get(i), "listMembers", drill(query, row),
                        "total");
            }
            return;
        }
        if (!query.grouped()) {
            one(query);
            return;
        }
        // The committee's idle members found once, counted by each row's group, sector or township.
        members.countIdleBy(query.slice().property(), query.ids(), query.committeeId(),
                query.from(), query.to()).forEach((id, idle) -> query.answer(id, ReportFigure.INACTIVE_MEMBERS, idle,
                        "listMembers", drill(query, id), "total"));
    }

    /** The figures of one row: the whole committee, or one township, group… of it. */
    private void one(FigureQuery query) {
        long idle = members.countIdle(query.committeeId(), query.id(ReportSlice.SECTOR), query.id(ReportSlice.GROUP),
                query.id(ReportSlice.TOWNSHIP), query.from(), query.to());
        query.answer(ReportFigure.INACTIVE_MEMBERS, idle, "listMembers", drill(query, query.ids().get(0)), "total");
    }

    /** The member list with {@code idleFrom}–{@code idleTo} for the row's period, and its group, sector or township. */
    private static Map<String, String> drill(FigureQuery query, Long id) {
        Map<String, String> drill = new LinkedHashMap<>();
        drill.put("committeeId", String.valueOf(query.committeeId()));
        drill.put("idleFrom", query.period(id).from().toString());
        drill.put("idleTo", query.period(id).to().toString());
        if (query.slice() != null) {
            drill.put(query.slice().parameter, String.valueOf(id));
        }
        return drill;
    }
}
