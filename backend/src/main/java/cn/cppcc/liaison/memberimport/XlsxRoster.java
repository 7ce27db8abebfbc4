package cn.cppcc.liaison.memberimport;

import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.ProblemType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/** The first worksheet of an .xlsx file as text cells; dates become ISO dates, numbers plain digits. */
final class XlsxRoster {

    /** Excel's built-in date formats, including those of the Chinese locale. */
    private static final Set<Integer> DATE_FORMATS = Set.of(14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36,
            50, 51, 52, 53, 54, 55, 56, 57, 58);

    private XlsxRoster() {
    }

    static RosterSheet read(byte[] body) {
        if (ReadableWorkbook.isOLE2Header(body)) {
            throw new ApiProblem(ProblemType.MALFORMED_REQUEST, "这是旧版 .xls 文件，不受支持：请在 Excel 中另存为 .xlsx 或 CSV 后再上传");
        }
        List<RosterSheet.Line> lines = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body), new ReadingOptions(true, false));
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            for (Iterator<Row> it = rows.iterator(); it.hasNext();) {
                Row row = it.next();
                List<String> cells = new ArrayList<>(row.getCellCount());
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i)));
                }
                lines.add(new RosterSheet.Line(row.getRowNum(), cells));
                RosterFile.tooMany(lines.size());
            }
        } catch (IOException | UncheckedIOException | ExcelReaderException | IllegalStateException e) {
            throw new ApiProblem(ProblemType.MALFORMED_REQUEST, "无法读取 .xlsx 文件（文件已损坏或不是 Excel 工作簿），请在 Excel 中重新保存后再上传");
        }
        return new RosterSheet(lines);
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> isDate(cell) ? cell.asDate().toLocalDate().toString() : plain(cell.asNumber());
            case STRING, FORMULA, BOOLEAN, ERROR -> cell.getText() == null ? "" : cell.getText();
            case EMPTY -> "";
        };
    }

    /** 13904581234 stays 13904581234, 1975.0 becomes 1975. */
    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    private static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && DATE_FORMATS.contains(id)) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null || format.equalsIgnoreCase("General")) {
            return false;
        }
        String bare = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^\\]]*\\]", "").toLowerCase();
        return bare.matches(".*[ymd].*");
    }
}
