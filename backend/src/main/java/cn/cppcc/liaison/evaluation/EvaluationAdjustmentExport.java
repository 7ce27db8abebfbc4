package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.kernel.ExportColumn;
import java.util.List;

/** The columns of the evaluation's adjustments' export (考评加减分), as the caller reads them in the list. */
final class EvaluationAdjustmentExport {

    static final List<ExportColumn<EvaluationAdjustment>> COLUMNS = List.of(
            ExportColumn.number("编号", EvaluationAdjustment::id),
            ExportColumn.number("年度", EvaluationAdjustment::year),
            ExportColumn.text("委员", a -> a.member().name()),
            ExportColumn.number("加减分", EvaluationAdjustment::amount),
            ExportColumn.text("原因", EvaluationAdjustment::reason),
            ExportColumn.number("申诉编号", EvaluationAdjustment::objectionId),
            ExportColumn.text("经办人", EvaluationAdjustment::createdBy),
            ExportColumn.dateTime("时间", EvaluationAdjustment::createdAt));

    private EvaluationAdjustmentExport() {
    }
}
