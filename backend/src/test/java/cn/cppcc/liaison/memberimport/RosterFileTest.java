package cn.cppcc.liaison.memberimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.ProblemType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the files offices actually have: Excel's CSV in GBK or UTF-8, XLSX with a title row, dates as numbers. */
class RosterFileTest {

    private static final List<String> ROW = List.of("汪淳正", "男", "1975.03", "汉族", "中共党员", "经济界",
            "经济界别活动组", "王杨乡", "铁力市林业局", "副局长", "13904581234", "2021-12-20", "");

    @Test
    void utf8CsvWithBomReadsTheHeaderAndRowNumbersAsExcelShowsThem() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = concat(bom, Rosters.csv(List.of(Rosters.HEADER, List.of(), ROW), StandardCharsets.UTF_8));
        List<RosterRow> rows = rows(RosterFile.CSV, body);
        assertEquals(1, rows.size());
        assertEquals(3, rows.get(0).row(), "the blank line keeps its number, as in Excel");
        assertEquals("汪淳正", rows.get(0).value(RosterColumn.NAME));
        assertEquals("王杨乡", rows.get(0).value(RosterColumn.TOWNSHIP));
    }

    @Test
    void gbkCsvFromChineseExcelIsRecognisedWithoutACharset() {
        byte[] body = Rosters.csv(List.of(Rosters.HEADER, ROW), Charset.forName("GBK"));
        List<RosterRow> rows = rows("text/csv", body);
        assertEquals("铁力市林业局", rows.get(0).value(RosterColumn.EMPLOYER));
    }

    @Test
    void declaredCharsetIsHonoured() {
        byte[] body = Rosters.csv(List.of(Rosters.HEADER, ROW), Charset.forName("GB18030"));
        assertEquals("副局长", rows("text/csv; charset=GB18030", body).get(0).value(RosterColumn.JOB_TITLE));
    }

    @Test
    void aliasesOrderTitleRowAndUnknownColumnsAreFine() {
        List<List<String>> file = List.of(
                List.of("政协铁力市第九届委员会委员名册"),
                List.of("序号", "＊委员姓名", "政治面貌", "性 别", "所属界别", "乡镇(街道)", "手机号码", "备注"),
                List.of("1", "王茜", "民盟", "女", "农业界", "双丰镇", "13845812345", "新任"));
        List<RosterRow> rows = rows(RosterFile.CSV, Rosters.csv(file, StandardCharsets.UTF_8));
        RosterRow row = rows.get(0);
        assertEquals(3, row.row());
        assertEquals("王茜", row.value(RosterColumn.NAME));
        assertEquals("民盟", row.value(RosterColumn.PARTY));
        assertEquals("政治面貌", row.label(RosterColumn.PARTY));
        assertEquals("双丰镇", row.value(RosterColumn.TOWNSHIP));
        assertNull(row.value(RosterColumn.GROUP));
    }

    @Test
    void xlsxDatesAndNumbersBecomeTheTextPeopleTyped() {
        List<List<Object>> file = List.of(
                List.of("政协铁力市第九届委员会委员名册"),
                List.copyOf(Rosters.HEADER),
                List.of("汪淳正", "男", 1975, "汉族", "中共党员", "经济界", "经济界别活动组", "王杨乡", "铁力市林业局", "副局长",
                        13904581234L, LocalDate.of(2021, 12, 20), "2026.12"));
        RosterRow row = rows(RosterFile.XLSX, Rosters.xlsx(file)).get(0);
        assertEquals(3, row.row());
        assertEquals("1975", row.value(RosterColumn.BIRTH_YEAR));
        assertEquals("13904581234", row.value(RosterColumn.PHONE));
        assertEquals("2021-12-20", row.value(RosterColumn.TERM_START));
        assertEquals(LocalDate.of(2026, 12, 1), RosterValues.date(row.value(RosterColumn.TERM_END), "任期结束"));
    }

    @Test
    void missingRequiredColumnsAreNamedAll() {
        byte[] body = Rosters.csv(List.of(List.of("姓名", "民族"), List.of("王茜", "满族")), StandardCharsets.UTF_8);
        ApiProblem problem = assertThrows(ApiProblem.class, () -> rows(RosterFile.CSV, body));
        assertEquals(ProblemType.VALIDATION, problem.type);
        assertTrue(problem.getMessage().contains("性别、界别"), problem.getMessage());
    }

    @Test
    void twoColumnsForTheSameFieldAreRefused() {
        byte[] body = Rosters.csv(List.of(List.of("姓名", "性别", "界别", "电话", "联系电话")), StandardCharsets.UTF_8);
        ApiProblem problem = assertThrows(ApiProblem.class, () -> rows(RosterFile.CSV, body));
        assertTrue(problem.getMessage().contains("同一列"), problem.getMessage());
    }

    @Test
    void emptyAndBlankFilesAreRefused() {
        assertEquals(ProblemType.VALIDATION, assertThrows(ApiProblem.class, () -> rows(RosterFile.CSV, new byte[0])).type);
        assertEquals(ProblemType.VALIDATION,
                assertThrows(ApiProblem.class, () -> rows(RosterFile.CSV, ",,\r\n\r\n".getBytes(StandardCharsets.UTF_8))).type);
    }

    @Test
    void otherTypesAndOldXlsAreRefusedWithWhatToDo() {
        byte[] csv = Rosters.csv(List.of(Rosters.HEADER, ROW), StandardCharsets.UTF_8);
        ApiProblem json = assertThrows(ApiProblem.class, () -> rows("application/json", csv));
        assertEquals(ProblemType.UNSUPPORTED_MEDIA_TYPE, json.type);
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        ApiProblem xls = assertThrows(ApiProblem.class, () -> rows(RosterFile.XLSX, ole2));
        assertTrue(xls.getMessage().contains(".xls"), xls.getMessage());
        assertEquals(ProblemType.MALFORMED_REQUEST,
                assertThrows(ApiProblem.class, () -> rows(RosterFile.XLSX, csv)).type);
    }

    @Test
    void valuesAreReadTheWaysPeopleWriteThem() {
        assertEquals("MALE", RosterValues.gender("男"));
        assertEquals("FEMALE", RosterValues.gender("女性"));
        assertThrows(IllegalArgumentException.class, () -> RosterValues.gender("M"));
        for (String year : List.of("1975", "1975.03", "1975-3", "1975/03/12", "1975年3月", "1975年3月12日", "19750312")) {
            assertEquals(1975, RosterValues.birthYear(year), year);
        }
        assertThrows(IllegalArgumentException.class, () -> RosterValues.birthYear("1975.13"));
        assertThrows(IllegalArgumentException.class, () -> RosterValues.birthYear("七五年"));
        assertEquals(LocalDate.of(2021, 12, 20), RosterValues.date("2021年12月20日", "任期开始"));
        assertEquals(LocalDate.of(2021, 12, 1), RosterValues.date("2021.12", "任期开始"));
        assertThrows(IllegalArgumentException.class, () -> RosterValues.date("2021", "任期开始"));
        assertThrows(IllegalArgumentException.class, () -> RosterValues.date("2021-02-30", "任期开始"));
    }

    private static List<RosterRow> rows(String contentType, byte[] body) {
        RosterSheet sheet = RosterFile.read(contentType, body);
        return RosterHeader.locate(sheet).rows(sheet);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
