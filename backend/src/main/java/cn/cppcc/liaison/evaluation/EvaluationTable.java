package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.kernel.ExportColumn;
import java.util.List;

/**
 * The canonical CSV a closed year is published as: UTF-8 without BOM, "\n" line ends, fixed columns, one row per
 * member by id, scores with one decimal. The same table always gives the same bytes, so its SHA-256 checks a
 * downloaded or printed copy.
 */
public final class EvaluationTable {

    static final String HEADER = "委员编号,姓名,界别,活动组,在任月数,得分,等次,达到最低要求";

    /** The published bytes and their hash. */
    public record Published(long committeeId, int year, byte[] csv, String sha256) {
    }

    private EvaluationTable() {
    }

    static String csv(List<EvaluationRow> rows) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (EvaluationRow row : rows) {
            csv.append(row.memberId()).append(',').append(cell(row.memberName())).append(',')
                    .append(cell(row.sectorName())).append(',').append(cell(row.groupName())).append(',')
                    .append(row.activeMonths()).append(',').append(row.score().setScale(1).toPlainString()).append(',')
                    .append(row.rating().label).append(',').append(row.minimumMet() ? "是" : "否").append('\n');
        }
        return csv.toString();
    }

    /** A text cell: quoted when it holds a comma, quote or line end; a leading formula character neutralised as every export does. */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        String value = ExportColumn.neutralised(text);
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
