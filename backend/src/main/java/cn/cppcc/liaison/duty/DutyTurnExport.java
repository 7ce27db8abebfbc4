package cn.cppcc.liaison.duty;

import cn.cppcc.liaison.kernel.ExportColumn;
import java.util.List;

/** The columns of the duty turns' export (一月一轮值), over the turns as the caller reads them in the list. */
final class DutyTurnExport {

    static final List<ExportColumn<DutyTurn>> COLUMNS = List.of(
            ExportColumn.number("编号", DutyTurn::id),
            ExportColumn.text("月份", t -> t.month().toString()),
            ExportColumn.text("联系平台", DutyTurn::platformName),
            ExportColumn.text("值班委员", DutyTurn::memberName),
            ExportColumn.text("状态", t -> t.status().label),
            ExportColumn.yesNo("逾期未记录", DutyTurn::overdue),
            ExportColumn.yesNo("宣讲政策", DutyTurn::policyExplained),
            ExportColumn.number("收集意见（条）", DutyTurn::opinionsCollected),
            ExportColumn.number("开展活动（场）", DutyTurn::eventsHeld),
            ExportColumn.number("服务群众（人次）", DutyTurn::peopleReached),
            ExportColumn.text("履职情况", DutyTurn::note),
            ExportColumn.text("缺勤原因", DutyTurn::missedReason),
            ExportColumn.text("记录人", DutyTurn::recordedBy));

    private DutyTurnExport() {
    }
}
