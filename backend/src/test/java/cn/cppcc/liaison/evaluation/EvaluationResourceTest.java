package cn.cppcc.liaison.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Computing, reading, closing and reopening a year on the hand-built 2025 of {@link EvaluationWorld}. */
@QuarkusTest
class EvaluationResourceTest {

    @Inject
    OfficeClock clock;

    EvaluationWorld world;

    @BeforeEach
    void build() {
        world = new EvaluationWorld(clock).build();
    }

    private void startRules(int year, Map<String, Object> rules) {
        String etag = given().contentType(ContentType.JSON).body(Map.of("from", "TIELI"))
                .queryParam("committeeId", world.committee)
                .when().post("/api/v1/evaluation-rules/" + year)
                .then().statusCode(201).header("Location", containsString("/api/v1/evaluation-rules/" + year))
                .body("origin", equalTo("TIELI")).extract().header("ETag");
        given().contentType(ContentType.JSON).body(rules).header("If-Match", etag)
                .queryParam("committeeId", world.committee)
                .when().put("/api/v1/evaluation-rules/" + year)
                .then().statusCode(200).body("name", equalTo(rules.get("name"))).body("editable", equalTo(true));
    }

    private JsonPath compute(int year) {
        return given().queryParam("committeeId", world.committee)
                .when().post("/api/v1/evaluations/" + year + "/compute")
                .then().statusCode(200).extract().jsonPath();
    }

    private JsonPath breakdown(long member) {
        return given().queryParam("committeeId", world.committee)
                .when().get("/api/v1/evaluations/2025/members/" + member)
                .then().statusCode(200).extract().jsonPath();
    }

    private static float line(JsonPath breakdown, String kind) {
        return breakdown.getFloat("lines.find { it.kind == '" + kind + "' }.points");
    }

    @Test
    void everyMembersScoreRatingAndBreakdownFollowTheRules() {
        startRules(2025, EvaluationWorld.rules());
        JsonPath year = compute(2025);
        assertEquals("OPEN", year.getString("status"));
        assertEquals(5, year.getInt("members"));
        assertEquals(1, year.getInt("ratings.EXCELLENT"));
        assertEquals(1, year.getInt("ratings.COMPETENT"));
        assertEquals(3, year.getInt("ratings.BASICALLY_COMPETENT"));
        assertEquals(3, year.getInt("belowMinimum"));
        assertEquals(2, year.getInt("noWork"));

        JsonPath wang = breakdown(world.wang);
        // 60 + duty 10 capped at 8 + visit 2 + 45 people (2 × 20) 2 + opinion 3 + co-signed 2.5 + 立案 0.75 → 0.8.
        assertEquals(78.3f, wang.getFloat("score"));
        assertEquals("EXCELLENT", wang.getString("rating"));
        assertEquals(8.0f, line(wang, "DUTY_DONE"));
        assertEquals(true, wang.getBoolean("lines.find { it.kind == 'DUTY_DONE' }.capped"));
        assertEquals(2.0f, line(wang, "PEOPLE_RECEIVED"));
        assertEquals(2.5f, line(wang, "PROPOSAL_COSIGNED"));
        assertEquals(0.8f, line(wang, "PROPOSAL_ACCEPTED"));
        assertEquals("proposals", wang.getString("lines.find { it.kind == 'PROPOSAL_COSIGNED' }.entries[0].recordType"));
        assertEquals(world.proposal, wang.getLong("lines.find { it.kind == 'PROPOSAL_COSIGNED' }.entries[0].recordId"));
        assertEquals(world.visit, wang.getLong("lines.find { it.kind == 'VISIT' }.entries[0].recordId"));
        assertEquals(true, wang.getBoolean("minimumMet"));

        JsonPath li = breakdown(world.li);
        assertEquals(54.3f, li.getFloat("score"), "60 - 5 missed - 4 absent + 2.5 + 0.8");
        assertEquals(-4.0f, line(li, "CONSULTATION_ABSENT"));
        assertEquals("BASICALLY_COMPETENT", li.getString("rating"));

        JsonPath zhao = breakdown(world.zhao);
        assertEquals(66.5f, zhao.getFloat("score"), "60 + half of 10 + half of 3");
        assertEquals("BASICALLY_COMPETENT", zhao.getString("rating"), "称职 by score, limited by the minimum");
        assertEquals(true, zhao.getBoolean("ratingLimited"));
        assertEquals(false, zhao.getBoolean("minimum.find { it.kind == 'DUTY_DONE' }.met"));

        JsonPath sun = breakdown(world.sun);
        assertEquals(4, sun.getInt("activeMonths"));
        assertEquals(true, sun.getBoolean("prorated"));
        assertEquals(0, sun.getInt("minimum[0].required"));
        assertEquals("COMPETENT", sun.getString("rating"));
    }

    @Test
    void theTableFiltersSortsAndCountsLikeItsYear() {
        startRules(2025, EvaluationWorld.rules());
        compute(2025);
        given().queryParam("year", 2025).queryParam("committeeId", world.committee)
                .when().get("/api/v1/evaluations")
                .then().statusCode(200).body("total", equalTo(5)).body("status", equalTo("OPEN"))
                .body("items.memberId", contains((int) world.wang, (int) world.zhao, (int) world.qian,
                        (int) world.sun, (int) world.li));
        given().queryParam("year", 2025).queryParam("committeeId", world.committee)
                .queryParam("rating", "BASICALLY_COMPETENT").queryParam("groupId", world.group2)
                .when().get("/api/v1/evaluations")
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.memberId", containsInAnyOrder((int) world.zhao, (int) world.qian));
        given().queryParam("year", 2025).queryParam("committeeId", world.committee).queryParam("sort", "score")
                .when().get("/api/v1/evaluations")
                .then().statusCode(200).body("items[0].memberId", equalTo((int) world.li))
                .body("items[0].score", equalTo(54.3f));
        List<Map<String, Object>> groups = given().queryParam("committeeId", world.committee)
                .when().get("/api/v1/evaluations/2025/groups").then().statusCode(200).extract().jsonPath()
                .getList("$");
        assertEquals(world.group2, ((Number) groups.get(1).get("groupId")).longValue());
        assertEquals(64.2f, ((Number) groups.get(0).get("average")).floatValue(), "(78.3 + 54.3 + 60) / 3");
        assertEquals(63.3f, ((Number) groups.get(1).get("average")).floatValue(), "(66.5 + 60) / 2 = 63.25, half up");
        assertEquals(2, ((Number) groups.get(1).get("belowMinimum")).intValue());
    }

    @Test
    void theInactiveListNamesMembersWithNoWorkBelowTheMinimumAndUnqualifiedTwice() {
        Map<String, Object> strict = EvaluationWorld.rules();
        strict.put("ratings", Map.of("excellent", 95, "competent", 80, "basic", 70));
        strict.put("name", "测试细则（2024年）");
        startRules(2024, strict);
        compute(2024);
        strict.put("name", "测试细则（2025年）");
        startRules(2025, strict);
        compute(2025);
        JsonPath inactive = given().queryParam("committeeId", world.committee)
                .when().get("/api/v1/evaluations/2025/inactive").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of((int) world.li, (int) world.zhao, (int) world.qian, (int) world.sun),
                inactive.getList("memberId"));
        assertEquals(List.of("NO_WORK", "BELOW_MINIMUM", "UNQUALIFIED", "UNQUALIFIED_TWICE"),
                inactive.getList("find { it.memberId == " + world.qian + " }.reasons"));
        assertEquals(List.of("NO_WORK", "UNQUALIFIED"),
                inactive.getList("find { it.memberId == " + world.sun + " }.reasons"),
                "孙 joined in September 2025: not scored in 2024, and owing no minimum over 4 months");
        assertEquals(List.of("BELOW_MINIMUM", "UNQUALIFIED", "UNQUALIFIED_TWICE"),
                inactive.getList("find { it.memberId == " + world.li + " }.reasons"));
        given().queryParam("committeeId", world.committee).when().get("/api/v1/evaluations/2025/members/" + world.wang)
                .then().statusCode(200).body("rating", equalTo("BASICALLY_COMPETENT"));
    }

    @Test
    void aClosedYearKeepsItsTableWhateverHappensToTheRecordsAndItsHashIsTheDownloadsSha256() throws Exception {
        startRules(2025, EvaluationWorld.rules());
        JsonPath closed = given().queryParam("committeeId", world.committee)
                .when().post("/api/v1/evaluations/2025/close")
                .then().statusCode(200).body("status", equalTo("CLOSED")).extract().jsonPath();
        String sha = closed.getString("sha256");
        Response table = given().queryParam("committeeId", world.committee)
                .when().get("/api/v1/evaluations/2025/table").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().response();
        byte[] csv = table.asByteArray();
        assertEquals(sha, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(csv)));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertEquals("委员编号,姓名,界别,活动组,在任月数,得分,等次,达到最低要求", text.lines().findFirst().orElseThrow());
        assertEquals(6, text.lines().count());
        assertEquals(true, text.contains("," + "78.3,优秀,是\n"));

        // Later edits of the records: a visit for 李 dated in 2025, a renamed member.
        Map<String, Object> visit = Fixtures.visitFields(world.committee, world.township, world.li);
        visit.putAll(Map.of("date", "2025-11-01", "peopleReceived", 100));
        Fixtures.create("/api/v1/visits", visit);
        given().queryParam("committeeId", world.committee)
                .when().post("/api/v1/evaluations/2025/compute")
                .then().statusCode(409).body("detail", containsString("已经关闭"));
        given().queryParam("committeeId", world.committee)
                .when().get("/api/v1/evaluation-rules/2025").then().statusCode(200).body("editable", equalTo(false));
        assertEquals(54.3f, breakdown(world.li).getFloat("score"));
        byte[] again = given().queryParam("committeeId", world.committee)
                .when().get("/api/v1/evaluations/2025/table").then().statusCode(200).extract().asByteArray();
        assertEquals(sha, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(again)));

        // Only the administrator reopens, with a reason; the next close publishes a new table.
        given().contentType(ContentType.JSON).body(Map.of("reason", "补录李委员的走访"))
                .queryParam("committeeId", world.committee)
                .when().post("/api/v1/evaluations/2025/reopen")
                .then().statusCode(200).body("status", equalTo("OPEN")).body("sha256", nullValue())
                .body("reopenings[0].sha256", equalTo(sha)).body("reopenings[0].reason", equalTo("补录李委员的走访"));
        compute(2025);
        assertNotEquals(54.3f, breakdown(world.li).getFloat("score"));
        String second = given().queryParam("committeeId", world.committee)
                .when().post("/api/v1/evaluations/2025/close").then().statusCode(200).extract().path("sha256");
        assertNotEquals(sha, second);
    }

    @Test
    void recomputingChangesNothingAndAnUnchangedYearPublishesTheSameHash() {
        startRules(2025, EvaluationWorld.rules());
        compute(2025);
        JsonPath first = breakdown(world.wang);
        compute(2025);
        assertEquals(first.getMap("$").get("lines"), breakdown(world.wang).getMap("$").get("lines"));
        given().queryParam("year", 2025).queryParam("committeeId", world.committee).when().get("/api/v1/evaluations")
                .then().body("total", equalTo(5));
        String sha = given().queryParam("committeeId", world.committee).when().post("/api/v1/evaluations/2025/close")
                .then().statusCode(200).extract().path("sha256");
        given().contentType(ContentType.JSON).body(Map.of("reason", "复核")).queryParam("committeeId", world.committee)
                .when().post("/api/v1/evaluations/2025/reopen").then().statusCode(200);
        compute(2025);
        given().queryParam("committeeId", world.committee).when().post("/api/v1/evaluations/2025/close")
                .then().statusCode(200).body("sha256", equalTo(sha));
    }

    @Test
    void aYearToComeCannotBeComputedNorTheCurrentOneClosed() {
        startRules(2025, EvaluationWorld.rules());
        given().queryParam("committeeId", world.committee).when().post("/api/v1/evaluations/2027/compute")
                .then().statusCode(400).body("errors.field", hasItems("year"));
        // 2026 has no rules of its own: it starts from 2025's.
        given().queryParam("committeeId", world.committee).when().post("/api/v1/evaluations/2026/compute")
                .then().statusCode(200).body("status", equalTo("OPEN"));
        given().queryParam("committeeId", world.committee).when().get("/api/v1/evaluation-rules/2026")
                .then().statusCode(200).body("origin", equalTo("PREVIOUS_YEAR")).body("name", equalTo("测试细则（2026年）"));
        given().queryParam("committeeId", world.committee).when().post("/api/v1/evaluations/2026/close")
                .then().statusCode(409).body("detail", containsString("还没有结束"));
        given().queryParam("committeeId", world.committee).when().post("/api/v1/evaluations/2024/compute")
                .then().statusCode(409).body("detail", containsString("尚未制定 2024 年的考评细则"));
    }

    @Test
    void onTheYearsLastDayItsWorkOfThatDayCountsButTheYearCannotCloseUntilItIsOver() {
        startRules(2025, EvaluationWorld.rules());
        world.on("2025-12-31");
        world.opinion("2025-12-31", world.li);
        JsonPath year = compute(2025);
        assertEquals("2025-12-31", year.getString("asOf"));
        JsonPath li = breakdown(world.li);
        assertEquals(57.3f, li.getFloat("score"), "54.3 and 3 for the opinion collected on the year's last day");
        assertEquals("2025-12-31", li.getString("lines.find { it.kind == 'OPINION_SUBMITTED' }.entries[0].date"));
        given().queryParam("committeeId", world.committee).when().post("/api/v1/evaluations/2025/close")
                .then().statusCode(409).body("detail", containsString("还没有结束"));
        world.on("2026-01-01");
        given().queryParam("committeeId", world.committee).when().post("/api/v1/evaluations/2025/close")
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("asOf", equalTo("2026-01-01"));
        assertEquals(57.3f, breakdown(world.li).getFloat("score"));
    }

    @Test
    void rulesThatCannotWorkAreRefusedWithEveryMistakeAtOnce() {
        String etag = given().contentType(ContentType.JSON).body(Map.of("from", "YUETANG"))
                .queryParam("committeeId", world.committee).when().post("/api/v1/evaluation-rules/2025")
                .then().statusCode(201).body("proposalLeadShare", equalTo(50)).extract().header("ETag");
        Map<String, Object> wrong = EvaluationWorld.rules();
        wrong.put("items", List.of(Map.of("kind", "VISIT", "points", 1), Map.of("kind", "VISIT", "points", 2),
                Map.of("kind", "PEOPLE_RECEIVED", "points", 1), Map.of("kind", "DUTY_DONE", "points", 1, "per", 3)));
        wrong.put("minimum", List.of(Map.of("kind", "DUTY_MISSED", "count", 1)));
        wrong.put("ratings", Map.of("excellent", 60, "competent", 60, "basic", 70));
        // A missed turn is no work: the contract's minimum kinds leave it out, and the server says why.
        Fixtures.broken().contentType(ContentType.JSON).body(wrong).header("If-Match", etag)
                .queryParam("committeeId", world.committee).when().put("/api/v1/evaluation-rules/2025")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("items[1].kind", "items[2].per", "items[3].per",
                        "minimum[0].kind", "ratings.excellent", "ratings.competent"));
        given().contentType(ContentType.JSON).body(Map.of("from", "TIELI")).queryParam("committeeId", world.committee)
                .when().post("/api/v1/evaluation-rules/2025").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("from", "PREVIOUS_YEAR"))
                .queryParam("committeeId", world.committee).when().post("/api/v1/evaluation-rules/2024")
                .then().statusCode(400).body("errors.field", hasItems("from"));
        given().contentType(ContentType.JSON).body(EvaluationWorld.rules()).header("If-Match", "\"7\"")
                .queryParam("committeeId", world.committee).when().put("/api/v1/evaluation-rules/2025")
                .then().statusCode(409);
        given().when().get("/api/v1/evaluation-rules/2025").then().statusCode(400)
                .body("errors.field", hasItems("committeeId"));
        given().queryParam("committeeId", world.other).when().get("/api/v1/evaluation-rules/2025")
                .then().statusCode(404);
        given().when().get("/api/v1/evaluation-rules/templates").then().statusCode(200)
                .body("code", contains("TIELI", "YUETANG"));
    }

    @Test
    void changesToTheRulesAreInTheAuditTrail() {
        startRules(2025, EvaluationWorld.rules());
        given().queryParam("recordType", "EVALUATION_RULES").when().get("/api/v1/audit")
                .then().statusCode(200).body("total", equalTo(2)).body("items.action", hasItems("CREATE", "UPDATE"));
        given().queryParam("recordType", "EVALUATION_YEAR").when().get("/api/v1/audit")
                .then().statusCode(200).body("total", equalTo(0));
        compute(2025);
        given().queryParam("recordType", "EVALUATION_YEAR").when().get("/api/v1/audit")
                .then().statusCode(200).body("total", equalTo(1));
    }
}
