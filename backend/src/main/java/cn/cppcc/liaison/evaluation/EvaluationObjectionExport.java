package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.kernel.ExportColumn;
import java.util.List;

/** The columns of the evaluation's objections' export (考评申诉), as the caller reads them in the list. */
final class EvaluationObjectionExport {

    static final List<ExportColumn<EvaluationObjection>> COLUMNS = List.of(
            ExportColumn.number("编号", EvaluationObjection::id),
            ExportColumn.number("年度", EvaluationObjection::year),
            ExportColumn.text("委员", o -> o.member().name()),
            ExportColumn.text("申诉项目", EvaluationObjection::itemLabel),
            ExportColumn.text("理由", EvaluationObjection::reason),
            ExportColumn.text("状态", o -> switch (o.status()) {
                case OPEN -> "待答复";
                case UPHELD -> "已支持";
                case REJECTED -> "不予支持";
            }),
            ExportColumn.text("提出人", EvaluationObjection::filedBy),
            ExportColumn.dateTime("提出时间", EvaluationObjection::filedAt),
            ExportColumn.text("答复", EvaluationObjection::answer),
            ExportColumn.text("答复人", EvaluationObjection::answeredBy),
            ExportColumn.dateTime("答复时间", EvaluationObjection::answeredAt),
            ExportColumn.number("加减分", o -> o.adjustment() == null ? null : o.adjustment().amount()));

    private EvaluationObjectionExport() {
    }
}
