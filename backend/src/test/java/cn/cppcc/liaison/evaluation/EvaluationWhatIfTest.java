package cn.cppcc.liaison.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.Role;
import cn.cppcc.liaison.support.Auth;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 试算 of a draft rule set beside the year's rules, and the table and a breakdown as XLSX. */
@QuarkusTest
class EvaluationWhatIfTest {

    @Inject
    OfficeClock clock;

    @Inject
    AgroalDataSource dataSource;

    EvaluationWorld world;

    @BeforeEach
    void build() {
        world = new EvaluationWorld(clock).build().computed();
    }

    /** Everything the evaluation stores for the committee, as text: what a what-if must leave as it was. */
    private String stored() throws Exception {
        StringBuilder all = new StringBuilder();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String sql : List.of(
                    "select member_id, score, rating, breakdown from evaluation_score order by member_id",
                    "select id, version, rules from evaluation_rules order by id",
                    "select id, computed_at, as_of from evaluation_year order by id",
                    "select count(*) from audit_revision")) {
                try (ResultSet r = s.executeQuery(sql)) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        for (int i = 1; i <= columns; i++) {
                            all.append(r.getString(i)).append('|');
                        }
                        all.append('\n');
                    }
                }
            }
        }
        return all.toString();
    }

    @Test
    void aWhatIfWritesNothingAndNamesExactlyTheMembersWhoseRatingChanges() throws Exception {
        String before = stored();
        Map<String, Object> draft = EvaluationWorld.rules();
        draft.put("name", "测试细则（试算）");
        draft.put("ratings", Map.of("excellent", 80, "competent", 60, "basic", 50));
        JsonPath answer = given().contentType(ContentType.JSON).body(draft).queryParam("committeeId", world.committee)
                .when().post("/api/v1/evaluations/2025/what-if").then().statusCode(200)
                .body("members", equalTo(5)).body("current.name", equalTo("测试细则（2025年）"))
                .body("draft.name", equalTo("测试细则（试算）")).extract().jsonPath();
        assertEquals(before, stored(), "a what-if stores nothing and audits nothing");

        // Only the thresholds moved, so the scores stay and exactly those between the old and new 优秀 line change.
        List<Map<String, Object>> rows = answer.getList("rows");
        List<Integer> expected = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            assertEquals(row.get("currentScore"), row.get("score"));
            float score = ((Number) row.get("score")).floatValue();
            boolean crosses = score >= 70 && score < 80 && "EXCELLENT".equals(row.get("currentRating"));
            assertEquals(crosses, row.get("ratingChanged"), row.toString());
            assertEquals(crosses ? "COMPETENT" : row.get("currentRating"), row.get("rating"), row.toString());
            if (crosses) {
                expected.add((Integer) row.get("memberId"));
            }
        }
        assertTrue(expected.contains((int) world.wang), "王's 78.3 is below the new line");
        assertEquals(expected.size(), answer.getInt("changes"));
        assertEquals(answer.getInt("current.ratings.EXCELLENT") - expected.size(), answer.getInt("draft.ratings.EXCELLENT"));
        List<Float> scores = rows.stream().map(r -> ((Number) r.get("score")).floatValue()).toList();
        List<Float> sorted = new ArrayList<>(scores);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, scores, "highest draft score first");
    }

    @Test
    void aDraftThatCannotWorkIsRefusedAndOnlyTheOfficeTriesOne() {
        Map<String, Object> wrong = EvaluationWorld.rules();
        wrong.put("ratings", Map.of("excellent", 50, "competent", 60, "basic", 70));
        given().contentType(ContentType.JSON).body(wrong).queryParam("committeeId", world.committee)
                .when().post("/api/v1/evaluations/2025/what-if").then().statusCode(400)
                .body("errors.field", equalTo(List.of("ratings.excellent", "ratings.competent")));
        String convenor = Auth.signedIn(Role.CONVENOR, world.committee, world.wang, world.group1);
        Auth.as(convenor).contentType(ContentType.JSON).body(EvaluationWorld.rules())
                .when().post("/api/v1/evaluations/2025/what-if").then().statusCode(403);
        // A year without rules: the draft alone, nothing to compare with.
        Map<String, Object> next = new HashMap<>(EvaluationWorld.rules());
        given().contentType(ContentType.JSON).body(next).queryParam("committeeId", world.committee)
                .when().post("/api/v1/evaluations/2024/what-if").then().statusCode(200)
                .body("current", equalTo(null)).body("changes", equalTo(0));
    }

    @Test
    void theTableDownloadsWithTheListsRowsAndAReportersWithoutNames() throws Exception {
        int total = given().queryParam("year", 2025).queryParam("committeeId", world.committee)
                .queryParam("rating", "EXCELLENT", "COMPETENT", "BASICALLY_COMPETENT")
                .when().get("/api/v1/evaluations").then().statusCode(200).extract().jsonPath().getInt("total");
        byte[] xlsx = given().queryParam("committeeId", world.committee)
                .queryParam("rating", "EXCELLENT", "COMPETENT", "BASICALLY_COMPETENT")
                .when().get("/api/v1/evaluations/2025/export").then().statusCode(200).extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertEquals(List.of("结果表", "等次统计"), sheets.stream().map(Sheet::getName).toList());
            List<Row> rows = sheets.get(0).read();
            assertEquals("委员编号", rows.get(1).getCellText(0));
            assertEquals(total, rows.size() - 2, "the title, the header and the list's rows");
            assertEquals("78.3", rows.stream().filter(r -> r.getCellText(0).equals(String.valueOf(world.wang)))
                    .findFirst().orElseThrow().getCellText(5));
        }
        String reporter = Auth.apiToken(Role.REPORTER, world.committee);
        byte[] anonymous = Auth.as(reporter).when().get("/api/v1/evaluations/2025/export").then().statusCode(200)
                .extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(anonymous))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals("界别", rows.get(1).getCellText(0));
            assertEquals(5, rows.size() - 2);
            for (Row row : rows) {
                for (int i = 0; i < row.getCellCount(); i++) {
                    assertTrue(!row.getCellText(i).startsWith("王"), "no name in a reporter's table: " + row);
                }
            }
        }
    }

    @Test
    void aBreakdownDownloadsWithItsLinesAdjustmentsAndRecords() throws Exception {
        given().contentType(ContentType.JSON).body(Map.of("memberId", world.wang, "year", 2025, "amount", 1.5,
                "reason", "优秀调研报告")).when().post("/api/v1/evaluation-adjustments").then().statusCode(201);
        byte[] xlsx = given().queryParam("committeeId", world.committee)
                .when().get("/api/v1/evaluations/2025/members/" + world.wang + "/export").then().statusCode(200)
                .extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertEquals(List.of("明细", "计入的记录", "最低要求"), sheets.stream().map(Sheet::getName).toList());
            List<Row> lines = sheets.get(0).read();
            assertTrue(lines.stream().anyMatch(r -> r.getCellText(0).equals("加减分：优秀调研报告")
                    && r.getCellText(5).equals("1.5")));
            assertTrue(lines.stream().anyMatch(r -> r.getCellText(0).startsWith("得分") && r.getCellText(5).equals("79.8")));
            assertTrue(sheets.get(1).read().size() > 1, "the records counted");
        }
        String li = Auth.signedIn(Role.MEMBER, world.committee, world.li, null);
        Auth.as(li).when().get("/api/v1/evaluations/2025/members/" + world.wang + "/export").then().statusCode(403);
    }
}
