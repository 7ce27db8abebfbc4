package cn.cppcc.liaison.opinion;

import cn.cppcc.liaison.kernel.ExportColumn;
import cn.cppcc.liaison.member.MemberRef;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The columns of the opinion export, over the opinions as the caller reads them in the list (masked alike). */
final class OpinionExport {

    static final List<ExportColumn<Opinion>> COLUMNS = List.of(
            ExportColumn.number("编号", Opinion::id),
            ExportColumn.text("标题", Opinion::title),
            ExportColumn.text("类别", Opinion::categoryName),
            ExportColumn.date("收集日期", Opinion::collectedOn),
            ExportColumn.text("乡镇（街道）", Opinion::townshipName),
            ExportColumn.text("村（社区）", Opinion::villageName),
            ExportColumn.text("来源", o -> o.source().label),
            ExportColumn.text("提交委员", o -> o.submitters().stream().map(MemberRef::name).collect(Collectors.joining("、"))),
            ExportColumn.text("反映人", Opinion::raisedByName),
            ExportColumn.text("反映人电话", Opinion::raisedByPhone),
            ExportColumn.text("状态", o -> o.status().label),
            ExportColumn.text("承办单位", Opinion::assignedUnit),
            ExportColumn.date("办理期限", Opinion::dueDate),
            ExportColumn.yesNo("是否逾期", Opinion::overdue),
            ExportColumn.text("办理结果", Opinion::resolution),
            ExportColumn.date("办结日期", Opinion::resolvedOn),
            ExportColumn.text("群众评价", o -> o.feedback() == null ? null : o.feedback().label),
            ExportColumn.yesNo("是否已解决", Opinion::solved),
            ExportColumn.text("报送上级", forwarding(OpinionForwarding::committeeName)),
            ExportColumn.text("上级批示", forwarding(OpinionForwarding::instruction)));

    private OpinionExport() {
    }

    private static Function<Opinion, String> forwarding(Function<OpinionForwarding, String> field) {
        return o -> o.forwarding() == null ? null : field.apply(o.forwarding());
    }
}
