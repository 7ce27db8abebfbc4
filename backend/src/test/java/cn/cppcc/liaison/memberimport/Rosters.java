package cn.cppcc.liaison.memberimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Roster files as a committee office saves them from Excel, built from rows of cells. */
final class Rosters {

    static final List<String> HEADER = List.of("姓名", "性别", "出生年月", "民族", "党派", "界别", "界别活动组",
            "乡镇（街道）", "工作单位", "职务", "联系电话", "任期开始", "任期结束");

    private Rosters() {
    }

    static String csv(List<? extends List<?>> rows) {
        return rows.stream()
                .map(row -> row.stream().map(Rosters::csvCell).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    static byte[] csv(List<? extends List<?>> rows, Charset charset) {
        return csv(rows).getBytes(charset);
    }

    /** Strings as text cells, numbers as numbers and dates as date-formatted numbers, like Excel keeps them. */
    static byte[] xlsx(List<? extends List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "liaison-test", "1.0");
            Worksheet sheet = workbook.newWorksheet("委员名册");
            for (int r = 0; r < rows.size(); r++) {
                List<?> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object cell = row.get(c);
                    if (cell instanceof Number number) {
                        sheet.value(r, c, number);
                    } else if (cell instanceof LocalDate date) {
                        sheet.value(r, c, date);
                        sheet.style(r, c).format("yyyy/m/d").set();
                    } else if (cell != null) {
                        sheet.value(r, c, cell.toString());
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String csvCell(Object cell) {
        String text = cell == null ? "" : cell.toString();
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
