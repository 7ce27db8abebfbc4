package cn.cppcc.liaison.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cppcc.liaison.kernel.Export;
import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.Role;
import cn.cppcc.liaison.support.Auth;
import cn.cppcc.liaison.support.Csv;
import cn.cppcc.liaison.support.Fixtures;
import cn.cppcc.liaison.support.Problems;
import cn.cppcc.liaison.support.Xlsx;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * A report's files hold its JSON's figures: the summary a line per figure with its three periods' values, a
 * breakdown a line per row and a column per figure, as numbers in both formats; a reporter's member rows name no one
 * in a file either; the files take the JSON's parameters and refuse what it refuses.
 */
@QuarkusTest
class ReportExportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
    private static final Map<String, Object> Q1 = Map.of("year", 2026, "quarter", 1);

    @Inject
    OfficeClock clock;

    private long committee;

    /** A quarter of a committee with two townships, three members, visits in both and one in the quarter before. */
    private void build() {
        clock.setToday(TODAY);
        committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        long east = Fixtures.township(committee);
        long west = Fixtures.township(committee);
        long wang = Fixtures.member(committee, sector);
        long li = Fixtures.member(committee, sector);
        Fixtures.member(committee, sector);
        visit(east, "2026-01-15", 12, wang);
        visit(east, "2026-03-02", 7, wang, li);
        visit(west, "2026-02-20", 30, li);
        visit(west, "2025-11-20", 4, li);
    }

    @Test
    void theSummarysFileHoldsEachFigureWithItsThreePeriodsAsNumbers() {
        build();
        JsonPath json = given().queryParams(Q1).queryParam("committeeId", committee)
                .when().get("/api/v1/reports/summary").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> figures = json.getList("figures");
        List<CSVRecord> csv = csv(given(), "/api/v1/reports/summary/export", Map.of("committeeId", committee));
        List<Row> xlsx = xlsx(given(), "/api/v1/reports/summary/export", Map.of("committeeId", committee));
        assertEquals(List.of("指标", "单位", "本期", "上期", "去年同期", "指标代码", "口径"),
                xlsx.get(1).stream().map(Cell::getText).toList());
        assertTrue(xlsx.get(0).getCellText(0).contains("2026年第一季度") && xlsx.get(0).getCellText(0)
                .contains("2026-01-01 至 2026-03-31"), xlsx.get(0).getCellText(0));
        assertEquals(figures.size(), csv.size());
        assertEquals(figures.size() + 2, xlsx.size());
        for (int i = 0; i < figures.size(); i++) {
            Map<String, Object> figure = figures.get(i);
            CSVRecord line = csv.get(i);
            Row row = xlsx.get(i + 2);
            assertEquals(figure.get("key"), line.get("指标代码"));
            assertEquals(figure.get("label"), line.get("指标"));
            assertEquals(figure.get("definition"), row.getCellText(6));
            for (var column : List.of(List.of("本期", "value", 2), List.of("上期", "previousValue", 3),
                    List.of("去年同期", "yearAgoValue", 4))) {
                Object value = figure.get((String) column.get(1));
                assertEquals(value == null ? "" : value.toString(), line.get((String) column.get(0)),
                        figure.get("key") + " " + column.get(0));
                assertEquals(value == null ? null : ((Number) value).longValue(), number(row, (Integer) column.get(2)),
                        figure.get("key") + " " + column.get(0) + " in Excel");
            }
        }
        Map<String, Object> received = figures.stream().filter(f -> "PEOPLE_RECEIVED".equals(f.get("key")))
                .findFirst().orElseThrow();
        assertEquals(49, ((Number) received.get("value")).intValue(), "the quarter's visits received 12 + 7 + 30");
        assertEquals(4, ((Number) received.get("previousValue")).intValue());
    }

    @Test
    void aBreakdownsFileHasARowPerSliceAndAColumnPerFigure() {
        build();
        JsonPath json = given().queryParams(Q1).queryParam("committeeId", committee).queryParam("by", "TOWNSHIP")
                .when().get("/api/v1/reports/breakdown").then().statusCode(200).extract().jsonPath();
        Map<String, Object> query = Map.of("committeeId", committee, "by", "TOWNSHIP");
        List<CSVRecord> csv = csv(given(), "/api/v1/reports/breakdown/export", query);
        List<Row> xlsx = xlsx(given(), "/api/v1/reports/breakdown/export", query);
        List<Map<String, Object>> rows = json.getList("rows");
        assertEquals(2, rows.size());
        assertEquals(rows.size(), csv.size());
        List<String> header = xlsx.get(1).stream().map(Cell::getText).toList();
        assertEquals(List.of("编号", "乡镇（街道）"), header.subList(0, 2));
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            Map<String, Object> slice = (Map<String, Object>) row.get("slice");
            assertEquals(slice.get("name"), csv.get(i).get("乡镇（街道）"));
            assertEquals(((Number) slice.get("id")).longValue(), number(xlsx.get(i + 2), 0));
            for (Map<String, Object> figure : (List<Map<String, Object>>) row.get("figures")) {
                String column = figure.get("label") + "（" + figure.get("unit") + "）";
                assertEquals(figure.get("value").toString(), csv.get(i).get(column), slice.get("name") + " " + column);
                assertEquals(((Number) figure.get("value")).longValue(), number(xlsx.get(i + 2), header.indexOf(column)),
                        slice.get("name") + " " + column + " in Excel");
            }
        }
    }

    /** By member a file holds every member, not a page, and a reporter's rows name no one, as the JSON's. */
    @Test
    void byMemberTheFileHoldsEveryMemberAndAReportersNamesNoOne() {
        build();
        Map<String, Object> query = Map.of("committeeId", committee, "by", "MEMBER");
        JsonPath json = given().queryParams(Q1).queryParams(query).queryParam("size", 200)
                .when().get("/api/v1/reports/breakdown").then().statusCode(200).extract().jsonPath();
        assertEquals(3, json.getInt("total"));
        List<CSVRecord> office = csv(given(), "/api/v1/reports/breakdown/export", query);
        assertEquals(json.getList("rows.slice.name"), office.stream().map(r -> r.get("委员")).toList());
        RequestSpecification reporter = Auth.as(Auth.signedIn(Role.REPORTER, committee, null, null));
        List<CSVRecord> anonymous = csv(reporter, "/api/v1/reports/breakdown/export", query);
        assertEquals(3, anonymous.size());
        anonymous.forEach(row -> {
            assertEquals("", row.get("编号"));
            assertEquals("", row.get("委员"));
        });
        List<Row> xlsx = xlsx(reporter, "/api/v1/reports/breakdown/export", query);
        assertEquals(5, xlsx.size());
        for (Row row : xlsx.subList(2, 5)) {
            assertNull(number(row, 0));
            assertTrue(row.getOptionalCell(1).map(c -> c.getType() == CellType.EMPTY).orElse(true));
        }
    }

    /** A preset is the month, quarter or year it names by the office's today, with the same periods compared. */
    @Test
    void aPresetIsThePeriodItNamesByTheOfficesToday() {
        build();
        for (var preset : Map.of("LAST_MONTH", Map.of("year", 2026, "month", 2), "THIS_QUARTER", Q1,
                "LAST_QUARTER", Map.of("year", 2025, "quarter", 4), "LAST_YEAR", Map.of("year", 2025),
                "THIS_MONTH", Map.of("year", 2026, "month", 3)).entrySet()) {
            Map<String, Object> named = given().queryParam("committeeId", committee).queryParam("preset", preset.getKey())
                    .when().get("/api/v1/reports/summary").then().statusCode(200).extract().jsonPath().getMap("$");
            Map<String, Object> given = given().queryParam("committeeId", committee).queryParams(preset.getValue())
                    .when().get("/api/v1/reports/summary").then().statusCode(200).extract().jsonPath().getMap("$");
            assertEquals(given, named, preset.getKey());
        }
        assertEquals("2025-10-01", given().queryParam("committeeId", committee).queryParam("preset", "LAST_QUARTER")
                .when().get("/api/v1/reports/summary").then().statusCode(200).extract().path("period.from"));
        Problems.assertFieldError(given().queryParam("committeeId", committee).queryParam("preset", "LAST_MONTH")
                .queryParam("year", 2026).queryParam("by", "TOWNSHIP").accept("text/csv, application/problem+json")
                .when().get("/api/v1/reports/breakdown/export").then(), "preset");
    }

    @Test
    void theFilesRefuseWhatTheJsonRefuses() {
        build();
        // A month that is none and a missing dimension break the contract: the request is not checked against it.
        Fixtures.broken().accept("text/csv, application/problem+json").queryParam("committeeId", committee)
                .queryParam("year", 2026).queryParam("month", 13).when().get("/api/v1/reports/summary/export")
                .then().statusCode(400).contentType("application/problem+json");
        Fixtures.broken().accept(Export.XLSX + ", application/problem+json").queryParam("committeeId", committee)
                .queryParam("year", 2026).when().get("/api/v1/reports/breakdown/export")
                .then().statusCode(400).contentType("application/problem+json");
        Fixtures.broken().accept("text/csv, application/problem+json").queryParam("committeeId", committee)
                .queryParam("by", "TOWNSHIP").queryParam("page", 2).when().get("/api/v1/reports/breakdown/export")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private void visit(long township, String date, int people, long... members) {
        Map<String, Object> fields = Fixtures.visitFields(committee, township, members);
        fields.put("date", date);
        fields.put("peopleReceived", people);
        Fixtures.create("/api/v1/visits", fields);
    }

    private static Long number(Row row, int column) {
        return row.getOptionalCell(column).filter(c -> c.getType() != CellType.EMPTY).map(c -> {
            assertEquals(CellType.NUMBER, c.getType(), "a figure is a number cell");
            return c.asNumber().longValueExact();
        }).orElse(null);
    }

    private static List<CSVRecord> csv(RequestSpecification as, String path, Map<String, Object> query) {
        byte[] body = given().spec(as).queryParams(Q1).queryParams(query).accept("text/csv").when().get(path).then()
                .statusCode(200).contentType("text/csv").extract().asByteArray();
        return Csv.records(body);
    }

    private static List<Row> xlsx(RequestSpecification as, String path, Map<String, Object> query) {
        byte[] body = given().spec(as).queryParams(Q1).queryParams(query).accept(Export.XLSX).when().get(path).then()
                .statusCode(200).contentType(Export.XLSX).extract().asByteArray();
        return Xlsx.rows(body);
    }
}
