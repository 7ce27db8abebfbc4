package cn.cppcc.liaison.committee;

import cn.cppcc.liaison.kernel.ExportColumn;
import java.util.List;

/** The columns of the committees' export (政协). */
final class CommitteeExport {

    static final List<ExportColumn<Committee>> COLUMNS = List.of(
            ExportColumn.number("编号", Committee::id),
            ExportColumn.text("名称", Committee::name),
            ExportColumn.text("地区", Committee::region),
            ExportColumn.number("届次", Committee::termNumber),
            ExportColumn.date("本届开始", Committee::termStart),
            ExportColumn.date("本届结束", Committee::termEnd),
            ExportColumn.number("上级政协编号", Committee::parentId));

    private CommitteeExport() {
    }
}
