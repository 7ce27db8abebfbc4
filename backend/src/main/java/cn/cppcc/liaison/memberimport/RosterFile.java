package cn.cppcc.liaison.memberimport;

import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.ProblemType;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads an uploaded roster file, CSV or XLSX, into lines of text cells. */
final class RosterFile {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** More rows than any committee has members; also bounds what a small compressed XLSX can expand to. */
    static final int MAX_ROWS = 5000;

    private static final Charset GB18030 = Charset.forName("GB18030");

    private RosterFile() {
    }

    static RosterSheet read(String contentType, byte[] body) {
        MediaType type = mediaType(contentType);
        if (body == null || body.length == 0) {
            throw ApiProblem.invalid("body", "文件为空，请上传含表头和委员数据的名册文件");
        }
        if (type.isCompatible(MediaType.valueOf(XLSX))) {
            return XlsxRoster.read(body);
        }
        return csv(decode(body, type.getParameters().get("charset")));
    }

    /** Excel on a Chinese Windows saves "CSV" as GBK: text that is not valid UTF-8 is read as GB18030, its superset. */
    static String decode(byte[] bytes, String declaredCharset) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        Charset declared = charset(declaredCharset);
        // Latin-1 and ASCII cannot hold a Chinese roster: such a label is an HTTP client's default, not the file's.
        if (StandardCharsets.ISO_8859_1.equals(declared) || StandardCharsets.US_ASCII.equals(declared)) {
            declared = null;
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return new String(bytes, declared);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, GB18030);
        }
    }

    private static RosterSheet csv(String text) {
        CSVFormat format = CSVFormat.EXCEL.builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .get();
        List<RosterSheet.Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                // One record is one spreadsheet row, even when a quoted cell spans several lines of text.
                lines.add(new RosterSheet.Line((int) record.getRecordNumber(), record.toList()));
                tooMany(lines.size());
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ApiProblem(ProblemType.MALFORMED_REQUEST,
                    "CSV 文件格式有误（多半是引号不成对），请在 Excel 中打开后重新另存为 CSV：" + e.getMessage());
        }
        return new RosterSheet(lines);
    }

    /** Comma as Excel writes it; a tab or semicolon when the first line clearly uses one instead. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long most = first.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {'\t', ';'}) {
            long n = first.chars().filter(c -> c == candidate).count();
            if (n > most) {
                best = candidate;
                most = n;
            }
        }
        return best;
    }

    static void tooMany(int lines) {
        if (lines > MAX_ROWS + 10) {
            throw ApiProblem.invalid("body", "文件行数过多：每次最多导入 " + MAX_ROWS + " 行，请分批上传");
        }
    }

    private static MediaType mediaType(String contentType) {
        try {
            MediaType type = contentType == null || contentType.isBlank() ? null : MediaType.valueOf(contentType);
            if (type != null && (type.isCompatible(MediaType.valueOf(CSV)) || type.isCompatible(MediaType.valueOf(XLSX)))
                    && !type.isWildcardType() && !type.isWildcardSubtype()) {
                return type;
            }
        } catch (IllegalArgumentException unparsable) {
            // answered below like any other unsupported type
        }
        throw new ApiProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "不支持的文件类型 " + (contentType == null ? "（未给出）" : contentType)
                + "：请上传 CSV（Content-Type: " + CSV + "）或 Excel .xlsx（Content-Type: " + XLSX
                + "）文件；旧版 .xls 请先在 Excel 中另存为 .xlsx");
    }

    private static Charset charset(String name) {
        try {
            return name == null ? null : Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalArgumentException unknown) {
            throw new ApiProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "不认识的字符编码 " + name + "，请使用 UTF-8 或 GBK");
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
