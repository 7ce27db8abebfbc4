package cn.cppcc.liaison.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.support.Csv;
import cn.cppcc.liaison.support.Pages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A member's record (履职档案): every kind of work, newest first, counted as the lists count it; and awards. */
@QuarkusTest
class MemberRecordTest {

    @Inject
    OfficeClock clock;

    EvaluationWorld world;

    @BeforeEach
    void build() {
        world = new EvaluationWorld(clock).build();
    }

    private JsonPath record(long member, Integer year) {
        var request = given();
        if (year != null) {
            request.queryParam("year", year);
        }
        return request.when().get("/api/v1/members/" + member + "/record").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theRecordListsAYearsWorkNewestFirstWithItsCountsAndLinks() {
        JsonPath wang = record(world.wang, 2025);
        assertEquals(List.of("VISIT", "OPINION_SUBMITTED", "PROPOSAL_ACCEPTED", "PROPOSAL_COSIGNED", "DUTY_DONE",
                "DUTY_DONE"), wang.getList("items.kind"));
        assertEquals("2025-06-01", wang.getString("items[0].date"));
        assertEquals(world.visit, wang.getLong("items.find { it.kind == 'VISIT' }.recordId"));
        assertEquals("visits", wang.getString("items.find { it.kind == 'VISIT' }.recordType"));
        assertEquals(45, wang.getInt("items.find { it.kind == 'VISIT' }.amount"));
        assertEquals(2, wang.getInt("counts.find { it.kind == 'DUTY_DONE' }.count"));
        assertEquals(12, wang.getInt("counts.find { it.kind == 'DUTY_DONE' }.amount"));
        List<Integer> years = wang.getList("years");
        assertEquals(List.of(2025, 2026), years.subList(years.size() - 2, years.size()),
                "the years since the committee's term began, up to this one");
        assertEquals(2026, record(world.wang, null).getInt("year"), "the office's year when none is asked");
        JsonPath li = record(world.li, 2025);
        assertTrue(li.getList("items.kind").containsAll(List.of("DUTY_MISSED", "CONSULTATION_ABSENT")));
        assertEquals("外出学习", li.getString("items.find { it.kind == 'DUTY_MISSED' }.detail"));
        JsonPath sun = record(world.sun, 2025);
        assertEquals(List.of(), sun.getList("items"));
        assertEquals(List.of(2025, 2026), sun.getList("years"));
        given().queryParam("year", 2027).when().get("/api/v1/members/" + world.wang + "/record")
                .then().statusCode(400).body("errors.field", hasItem("year"));
    }

    @Test
    void theRecordsCountsEqualTheListsTotalsForTheSameMemberAndYear() {
        JsonPath wang = record(world.wang, 2025);
        Map<String, Object> year = Map.of("memberId", world.wang, "from", "2025-01-01", "to", "2025-12-31");
        assertEquals(Pages.total("/api/v1/visits", year), wang.getLong("counts.find { it.kind == 'VISIT' }.count"));
        Map<String, Object> collected = new java.util.HashMap<>(year);
        collected.put("figure", "COLLECTED");
        assertEquals(Pages.total("/api/v1/opinions", collected),
                wang.getLong("counts.find { it.kind == 'OPINION_SUBMITTED' }.count"));
        Map<String, Object> done = new java.util.HashMap<>(year);
        done.put("figure", "DONE");
        assertEquals(Pages.total("/api/v1/duty-turns", done), wang.getLong("counts.find { it.kind == 'DUTY_DONE' }.count"));
    }

    @Test
    void theRecordDownloadsAsAWorkbookWithTheSameItems() throws Exception {
        byte[] xlsx = given().queryParam("year", 2025).when().get("/api/v1/members/" + world.wang + "/record/export")
                .then().statusCode(200).header("Content-Disposition", containsString("record-" + world.wang + "-2025.xlsx"))
                .extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertEquals(List.of("履职档案", "分类统计"), sheets.stream().map(Sheet::getName).toList());
            List<Row> rows = sheets.get(0).read();
            assertTrue(rows.get(0).getCellText(0).contains("2025 年履职档案"));
            assertEquals("日期", rows.get(1).getCellText(0));
            assertEquals(2 + 6, rows.size(), "the title, the header and the six items");
            assertEquals("接待走访", rows.get(2).getCellText(1));
            assertEquals("45", rows.get(2).getCellText(3));
        }
    }

    @Test
    void theRecordsItemsDownloadAsCsvWhenAskedForCsv() {
        JsonPath record = record(world.wang, 2025);
        List<CSVRecord> csv = Csv.records(given().queryParam("year", 2025).accept("text/csv").when()
                .get("/api/v1/members/" + world.wang + "/record/export").then().statusCode(200)
                .header("Content-Disposition", containsString("record-" + world.wang + "-2025.csv")).extract()
                .asByteArray());
        assertEquals(List.of("日期", "类别", "事项", "人次", "说明", "记录类型", "记录编号"),
                csv.get(0).getParser().getHeaderNames());
        assertEquals(record.getList("items.recordId").stream().map(String::valueOf).toList(),
                csv.stream().map(r -> r.get("记录编号")).toList());
        assertEquals(record.getList("items.date"), csv.stream().map(r -> r.get("日期")).toList());
    }

    @Test
    void anAwardShowsInTheRecordOfTheYearItWasGivenAndScoresThere() {
        long award = given().contentType(ContentType.JSON).body(Map.of("committeeId", world.committee,
                        "memberId", world.wang, "year", 2025, "title", "2025年度优秀政协委员", "awardedOn", "2026-01-08"))
                .when().post("/api/v1/awards").then().statusCode(201).extract().jsonPath().getLong("id");
        JsonPath record = record(world.wang, 2026);
        assertEquals("AWARD", record.getString("items[0].kind"));
        assertEquals("awards", record.getString("items[0].recordType"));
        assertEquals(award, record.getLong("items[0].recordId"));
        given().contentType(ContentType.JSON).body(Map.of("committeeId", world.committee, "memberId", world.wang,
                        "year", 2025, "title", "2025年度优秀政协委员", "awardedOn", "2026-01-09"))
                .when().post("/api/v1/awards").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("committeeId", world.committee, "memberId", world.wang,
                        "year", 2027, "title", "优秀", "awardedOn", "2026-02-01"))
                .when().post("/api/v1/awards").then().statusCode(400)
                .body("errors.field", contains("awardedOn", "year"));
        given().queryParam("memberId", world.wang).when().get("/api/v1/awards").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].member.id", equalTo((int) world.wang));
    }

    @Test
    void anAwardCannotBeAddedToOrRemovedFromAClosedYear() {
        String etag = given().contentType(ContentType.JSON).body(Map.of("from", "TIELI"))
                .queryParam("committeeId", world.committee).when().post("/api/v1/evaluation-rules/2025")
                .then().statusCode(201).extract().header("ETag");
        world.on("2025-12-20");
        long award = given().contentType(ContentType.JSON).body(Map.of("committeeId", world.committee,
                        "memberId", world.li, "year", 2025, "title", "优秀志愿者", "awardedOn", "2025-12-20"))
                .when().post("/api/v1/awards").then().statusCode(201).extract().jsonPath().getLong("id");
        world.on("2026-01-10");
        given().queryParam("committeeId", world.committee).when().post("/api/v1/evaluations/2025/close")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("committeeId", world.committee, "memberId", world.wang,
                        "year", 2025, "title", "优秀委员", "awardedOn", "2025-12-30"))
                .when().post("/api/v1/awards").then().statusCode(409).body("detail", containsString("已经关闭"));
        given().when().delete("/api/v1/awards/" + award).then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("committeeId", world.committee, "memberId", world.wang,
                        "year", 2025, "title", "优秀委员", "awardedOn", "2026-01-10"))
                .when().post("/api/v1/awards").then().statusCode(201);
        assertTrue(etag.length() > 0);
    }
}
