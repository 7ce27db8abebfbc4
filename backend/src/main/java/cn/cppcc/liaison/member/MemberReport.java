package cn.cppcc.liaison.member;

import cn.cppcc.liaison.kernel.report.FigureQuery;
import cn.cppcc.liaison.kernel.report.ReportFigure;
import cn.cppcc.liaison.kernel.report.ReportSlice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
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
        if (query.answerable(ReportSlice.GROUP, ReportSlice.SECTOR, ReportSlice.TOWNSHIP)) {
            query.each(this::one);
        }
    }

    /** The figures of one row: the whole committee, or one township, group… of it. */
    private void one(FigureQuery query) {
        Long group = query.id(ReportSlice.GROUP);
        Long sector = query.id(ReportSlice.SECTOR);
        Long township = query.id(ReportSlice.TOWNSHIP);
        long idle = members.countIdle(query.committeeId(), sector, group, township, query.from(), query.to());
        Map<String, String> drill = new LinkedHashMap<>();
        drill.put("committeeId", String.valueOf(query.committeeId()));
        drill.put("idleFrom", query.from().toString());
        drill.put("idleTo", query.to().toString());
        put(drill, ReportSlice.GROUP, group);
        put(drill, ReportSlice.SECTOR, sector);
        put(drill, ReportSlice.TOWNSHIP, township);
        query.answer(ReportFigure.INACTIVE_MEMBERS, idle, "listMembers", drill, "total");
    }

    private static void put(Map<String, String> drill, ReportSlice slice, Long id) {
        if (id != null) {
            drill.put(slice.parameter, String.valueOf(id));
        }
    }
}
