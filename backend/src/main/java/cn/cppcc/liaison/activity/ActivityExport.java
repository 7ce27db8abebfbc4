package cn.cppcc.liaison.activity;

import cn.cppcc.liaison.kernel.ExportColumn;
import cn.cppcc.liaison.member.MemberRef;
import java.util.List;
import java.util.stream.Collectors;

/** The columns of the activities' export (自选动作), over the activities as the caller reads them in the list. */
final class ActivityExport {

    static final List<ExportColumn<Activity>> COLUMNS = List.of(
            ExportColumn.number("编号", Activity::id),
            ExportColumn.text("类型", a -> a.kind().label),
            ExportColumn.date("日期", Activity::date),
            ExportColumn.text("名称", Activity::title),
            ExportColumn.text("参加委员", a -> a.members().stream().map(MemberRef::name).collect(Collectors.joining("、"))),
            ExportColumn.number("服务群众（人次）", Activity::peopleReached),
            ExportColumn.text("情况", Activity::description),
            ExportColumn.text("记录人", Activity::recordedBy));

    private ActivityExport() {
    }
}
