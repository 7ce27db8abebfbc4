package cn.cppcc.liaison.opinion;

import cn.cppcc.liaison.kernel.CsvColumn;
import cn.cppcc.liaison.member.MemberRef;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The columns of the opinion export, over the opinions as the caller reads them in the list (masked alike). */
final class OpinionExport {

    static final List<CsvColumn<Opinion>> COLUMNS = List.of(
            CsvColumn.number("编号", Opinion::id),
            CsvColumn.text("标题", Opinion::title),
            CsvColumn.text("类别", Opinion::categoryName),
            CsvColumn.date("收集日期", Opinion::collectedOn),
            CsvColumn.text("乡镇（街道）", Opinion::townshipName),
            CsvColumn.text("村（社区）", Opinion::villageName),
            CsvColumn.text("来源", o -> o.source().label),
            CsvColumn.text("提交委员", o -> o.submitters().stream().map(MemberRef::name).collect(Collectors.joining("、"))),
            CsvColumn.text("反映人", Opinion::raisedByName),
            CsvColumn.text("反映人电话", Opinion::raisedByPhone),
            CsvColumn.text("状态", o -> o.status().label),
            CsvColumn.text("承办单位", Opinion::assignedUnit),
            CsvColumn.date("办理期限", Opinion::dueDate),
            CsvColumn.yesNo("是否逾期", Opinion::overdue),
            CsvColumn.text("办理结果", Opinion::resolution),
            CsvColumn.date("办结日期", Opinion::resolvedOn),
            CsvColumn.text("群众评价", o -> o.feedback() == null ? null : o.feedback().label),
            CsvColumn.yesNo("是否已解决", Opinion::solved),
            CsvColumn.text("报送上级", forwarding(OpinionForwarding::committeeName)),
            CsvColumn.text("上级批示", forwarding(OpinionForwarding::instruction)));

    private OpinionExport() {
    }

    private static Function<Opinion, String> forwarding(Function<OpinionForwarding, String> field) {
        return o -> o.forwarding() == null ? null : field.apply(o.forwarding());
    }
}
