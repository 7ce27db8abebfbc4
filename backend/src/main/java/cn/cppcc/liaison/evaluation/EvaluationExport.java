package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.kernel.ExportColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The columns of the evaluation's lists as files: the result table as CSV (its XLSX is the workbook of
 * {@link EvaluationXlsx}, with the same columns), the groups' figures and the members to talk to.
 */
final class EvaluationExport {

    static final List<ExportColumn<GroupEvaluation>> GROUPS = groups();

    static final List<ExportColumn<InactiveMember>> INACTIVE = List.of(
            ExportColumn.number("委员编号", InactiveMember::memberId),
            ExportColumn.text("姓名", InactiveMember::memberName),
            ExportColumn.text("活动组", InactiveMember::groupName),
            ExportColumn.text("原因", m -> m.reasons().stream().map(r -> r.label).collect(Collectors.joining("、"))),
            ExportColumn.number("得分", InactiveMember::score),
            ExportColumn.text("等次", m -> m.rating() == null ? null : m.rating().label),
            ExportColumn.text("上年等次", m -> m.previousRating() == null ? null : m.previousRating().label),
            ExportColumn.number("履职记录条数", InactiveMember::workItems));

    private EvaluationExport() {
    }

    /** The result table's columns; without the member's id and name for a reporter ({@code anonymous}). */
    static List<ExportColumn<EvaluationRow>> table(boolean anonymous) {
        List<ExportColumn<EvaluationRow>> columns = new ArrayList<>();
        if (!anonymous) {
            columns.add(ExportColumn.number("委员编号", EvaluationRow::memberId));
            columns.add(ExportColumn.text("姓名", EvaluationRow::memberName));
        }
        columns.addAll(List.of(
                ExportColumn.text("界别", EvaluationRow::sectorName),
                ExportColumn.text("活动组", EvaluationRow::groupName),
                ExportColumn.number("在任月数", EvaluationRow::activeMonths),
                ExportColumn.number("得分", EvaluationRow::score),
                ExportColumn.number("其中加减分", EvaluationRow::adjustment),
                ExportColumn.text("等次", r -> r.rating().label),
                ExportColumn.yesNo("达到最低要求", EvaluationRow::minimumMet),
                ExportColumn.number("履职记录条数", EvaluationRow::workItems)));
        return columns;
    }

    private static List<ExportColumn<GroupEvaluation>> groups() {
        List<ExportColumn<GroupEvaluation>> columns = new ArrayList<>(List.of(
                ExportColumn.number("活动组编号", GroupEvaluation::groupId),
                ExportColumn.text("活动组", GroupEvaluation::groupName),
                ExportColumn.number("委员人数", GroupEvaluation::members),
                ExportColumn.number("总分", GroupEvaluation::total),
                ExportColumn.number("平均分", GroupEvaluation::average)));
        for (EvaluationRating rating : EvaluationRating.values()) {
            columns.add(ExportColumn.number(rating.label, g -> g.ratings().getOrDefault(rating, 0)));
        }
        columns.add(ExportColumn.number("低于最低要求", GroupEvaluation::belowMinimum));
        return columns;
    }
}
