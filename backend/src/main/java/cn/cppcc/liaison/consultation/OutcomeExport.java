package cn.cppcc.liaison.consultation;

import cn.cppcc.liaison.kernel.ExportColumn;
import java.util.List;

/** The columns of the outcomes' export (协商成果督办), over the outcomes as the caller reads them in the list. */
final class OutcomeExport {

    static final List<ExportColumn<Outcome>> COLUMNS = List.of(
            ExportColumn.number("编号", Outcome::id),
            ExportColumn.text("协商议题", Outcome::consultationTopic),
            ExportColumn.number("序号", Outcome::number),
            ExportColumn.text("成果", Outcome::text),
            ExportColumn.text("责任单位", Outcome::responsibleUnit),
            ExportColumn.date("落实期限", Outcome::dueDate),
            ExportColumn.text("状态", o -> o.status().label),
            ExportColumn.yesNo("逾期未落实", Outcome::overdue),
            ExportColumn.date("落实日期", Outcome::implementedOn),
            ExportColumn.text("落实情况", Outcome::evidence),
            ExportColumn.text("放弃原因", Outcome::dropReason));

    private OutcomeExport() {
    }
}
