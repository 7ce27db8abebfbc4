package cn.cppcc.liaison.visit;

import cn.cppcc.liaison.kernel.ExportColumn;
import cn.cppcc.liaison.member.MemberRef;
import java.util.List;
import java.util.stream.Collectors;

/** The columns of the visits' export (接待走访), over the visits as the caller reads them in the list. */
final class VisitExport {

    static final List<ExportColumn<Visit>> COLUMNS = List.of(
            ExportColumn.number("编号", Visit::id),
            ExportColumn.text("类型", v -> v.kind().label),
            ExportColumn.date("日期", Visit::date),
            ExportColumn.text("开始时间", v -> v.startTime() == null ? null : v.startTime().toString()),
            ExportColumn.text("结束时间", v -> v.endTime() == null ? null : v.endTime().toString()),
            ExportColumn.text("乡镇（街道）", Visit::townshipName),
            ExportColumn.text("村（社区）", Visit::villageName),
            ExportColumn.text("委员工作室", Visit::studioName),
            ExportColumn.text("联系平台", Visit::platformName),
            ExportColumn.text("参加委员", v -> v.members().stream().map(MemberRef::name).collect(Collectors.joining("、"))),
            ExportColumn.number("委员参与（人次）", v -> v.members().size()),
            ExportColumn.number("接待群众（人次）", Visit::peopleReceived),
            ExportColumn.text("主题", Visit::topic),
            ExportColumn.text("备注", Visit::notes),
            ExportColumn.text("记录人", Visit::recordedBy));

    private VisitExport() {
    }
}
