package cn.cppcc.liaison.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The year's table and a member's breakdown as Excel workbooks, with the same rows and figures as on screen. */
final class EvaluationXlsx {

    private static final String HEAD_FILL = "DDEBF7";

    private EvaluationXlsx() {
    }

    /** The rows of a table download; {@code anonymous}: without the members' ids and names (a reporter's). */
    record Table(String committee, int year, String status, LocalDate asOf, boolean anonymous,
            List<EvaluationRow> rows) {
    }

    static byte[] table(Table table) {
        return write(workbook -> {
            Worksheet sheet = workbook.newWorksheet("结果表");
            sheet.value(0, 0, table.committee() + " " + table.year() + " 年度委员履职考评结果表（" + state(table.status())
                    + (table.asOf() == null ? "" : "，截至 " + table.asOf()) + "）");
            sheet.style(0, 0).bold().set();
            List<String> header = table.anonymous()
                    ? List.of("界别", "活动组", "在任月数", "得分", "其中加减分", "等次", "达到最低要求", "履职记录条数")
                    : List.of("委员编号", "姓名", "界别", "活动组", "在任月数", "得分", "其中加减分", "等次", "达到最低要求", "履职记录条数");
            head(sheet, 2, header);
            Map<EvaluationRating, Integer> counts = new EnumMap<>(EvaluationRating.class);
            int r = 3;
            for (EvaluationRow row : table.rows()) {
                int c = 0;
                if (!table.anonymous()) {
                    sheet.value(r, c++, row.memberId());
                    sheet.value(r, c++, row.memberName());
                }
                sheet.value(r, c++, row.sectorName());
                sheet.value(r, c++, row.groupName());
                sheet.value(r, c++, row.activeMonths());
                sheet.value(r, c++, row.score());
                sheet.value(r, c++, row.adjustment());
                sheet.value(r, c++, row.rating().label);
                sheet.value(r, c++, row.minimumMet() ? "是" : "否");
                sheet.value(r, c, row.workItems());
                counts.merge(row.rating(), 1, Integer::sum);
                r++;
            }
            sheet.width(table.anonymous() ? 1 : 3, 20);
            Worksheet figures = workbook.newWorksheet("等次统计");
            head(figures, 0, List.of("等次", "人数"));
            int line = 1;
            for (EvaluationRating rating : EvaluationRating.values()) {
                figures.value(line, 0, rating.label);
                figures.value(line++, 1, counts.getOrDefault(rating, 0));
            }
            figures.value(line, 0, "合计");
            figures.value(line, 1, table.rows().size());
        });
    }

    static byte[] breakdown(String committee, MemberEvaluation m) {
        return write(workbook -> {
            Worksheet sheet = workbook.newWorksheet("明细");
            sheet.value(0, 0, committee + " " + m.memberName() + " " + m.year() + " 年度考评明细（" + state(m.status())
                    + "，截至 " + m.asOf() + "）");
            sheet.style(0, 0).bold().set();
            sheet.value(1, 0, "在任 " + m.activeMonths() + " 个月（" + m.activeFrom() + " 至 " + m.activeTo() + "）"
                    + (m.prorated() ? "，最低要求按在任月数折算" : ""));
            head(sheet, 3, List.of("项目", "条数/人次", "每项分值", "封顶", "封顶前合计", "计入得分"));
            int r = 4;
            sheet.value(r, 0, "基础分");
            sheet.value(r++, 5, m.baseScore());
            for (Breakdown.Line line : m.lines()) {
                sheet.value(r, 0, line.label());
                sheet.value(r, 1, line.count());
                if (line.pointsEach() != null) {
                    sheet.value(r, 2, line.pointsEach());
                }
                if (line.cap() != null) {
                    sheet.value(r, 3, line.cap());
                }
                sheet.value(r, 4, line.rawPoints());
                sheet.value(r++, 5, line.points());
            }
            for (Breakdown.Adjustment a : m.adjustments()) {
                sheet.value(r, 0, (a.objectionId() == null ? "加减分：" : "支持申诉加减分：") + a.reason());
                sheet.value(r++, 5, a.amount());
            }
            sheet.value(r, 0, "得分" + (m.maxScoreApplied() ? "（已按满分封顶）" : ""));
            sheet.value(r, 5, m.score());
            sheet.style(r, 0).bold().set();
            sheet.style(r++, 5).bold().set();
            sheet.value(r, 0, "等次" + (m.ratingLimited() ? "（未达到最低要求，等次受限）" : ""));
            sheet.value(r, 5, m.rating().label);
            sheet.width(0, 40);

            Worksheet entries = workbook.newWorksheet("计入的记录");
            head(entries, 0, List.of("类别", "日期", "事项", "分值", "人次", "说明", "记录类型", "记录编号"));
            int e = 1;
            for (Breakdown.Line line : m.lines()) {
                for (Breakdown.Entry entry : line.entries()) {
                    entries.value(e, 0, line.label());
                    entries.value(e, 1, entry.date());
                    entries.style(e, 1).format("yyyy-mm-dd").set();
                    entries.value(e, 2, entry.title());
                    entries.value(e, 3, entry.points());
                    if (entry.amount() != null) {
                        entries.value(e, 4, entry.amount());
                    }
                    entries.value(e, 5, entry.detail());
                    entries.value(e, 6, entry.recordType());
                    entries.value(e++, 7, entry.recordId());
                }
            }
            entries.width(1, 12);
            entries.width(2, 48);

            Worksheet minimum = workbook.newWorksheet("最低要求");
            head(minimum, 0, List.of("类别", "全年要求", "折算后要求", "完成", "是否达到"));
            int n = 1;
            for (Breakdown.MinimumCheck check : m.minimum()) {
                minimum.value(n, 0, check.label());
                minimum.value(n, 1, check.count());
                minimum.value(n, 2, check.required());
                minimum.value(n, 3, check.done());
                minimum.value(n++, 4, check.met() ? "是" : "否");
            }
        });
    }

    private static String state(String status) {
        return switch (status) {
            case EvaluationYearEntity.CLOSED -> "已关闭";
            case EvaluationYearEntity.OPEN -> "已计算，未关闭";
            default -> "尚未计算";
        };
    }

    private static void head(Worksheet sheet, int row, List<String> titles) {
        for (int c = 0; c < titles.size(); c++) {
            sheet.value(row, c, titles.get(c));
            sheet.style(row, c).bold().fillColor(HEAD_FILL).set();
        }
    }

    private interface Sheets {
        void fill(Workbook workbook) throws IOException;
    }

    private static byte[] write(Sheets sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "政协委员联系群众平台", "1.0");
            sheets.fill(workbook);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
