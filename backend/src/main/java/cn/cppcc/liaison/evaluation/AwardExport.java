package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.kernel.ExportColumn;
import java.util.List;

/** The columns of the awards' export (表彰). */
final class AwardExport {

    static final List<ExportColumn<Award>> COLUMNS = List.of(
            ExportColumn.number("编号", Award::id),
            ExportColumn.text("委员", a -> a.member().name()),
            ExportColumn.number("年度", Award::year),
            ExportColumn.text("表彰", Award::title),
            ExportColumn.date("日期", Award::awardedOn),
            ExportColumn.text("说明", Award::note),
            ExportColumn.text("记录人", Award::recordedBy));

    private AwardExport() {
    }
}
