package cn.cppcc.liaison.report;

import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static cn.cppcc.liaison.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.Role;
import cn.cppcc.liaison.support.Auth;
import cn.cppcc.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The committees above their districts: a city (市政协) with two districts (区政协), one of which has a committee
 * below it again, three levels built here with records whose figures are worked out by hand. The city's office
 * reads each district's figures, side by side and summed, and the lists behind them as the district's reporter
 * reads them: masked, read-only; it writes nothing there, and the districts see nothing of each other or of it.
 */
@QuarkusTest
class CommitteesAboveTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final String SUMMARY = "/api/v1/reports/summary";
    private static final String BREAKDOWN = "/api/v1/reports/breakdown";
    private static final String RAISED_BY = "张建国";
    private static final String PHONE = "13904581234";

    @Inject
    OfficeClock clock;

    /** One committee of the tree with what its records need. */
    private record Place(long id, long township, long member, long category) {
    }

    private Place city;
    private Place east;
    private Place eastStreet;
    private Place west;
    private long eastOpinion;
    private long forwarded;
    private long eastVisit;
    private String cityOffice;

    /**
     * 市 above 1区 (above 1区街道) and 2区. Visits: 市 one of 5 people; 1区 two of 3 and 4; 1区街道 one of 2; 2区 one of 6.
     * Opinions submitted in 2026, each raised by 张建国: 1区 two (one forwarded to 市), 1区街道 one, 2区 one solved
     * 10 days after its submission; 市 none.
     */
    @BeforeEach
    void buildTheTree() {
        city = place(null, "政协测试市");
        east = place(city.id, "政协测试1区");
        eastStreet = place(east.id, "政协测试1区街道");
        west = place(city.id, "政协测试2区");
        clock.setToday(LocalDate.of(2026, 3, 2));
        long solved = opinion(west, "2026-03-01");
        for (String action : List.of("ACCEPT", "ASSIGN", "RESOLVE")) {
            transition(solved, action);
        }
        clock.setToday(LocalDate.of(2026, 3, 12));
        given().contentType(ContentType.JSON).body(Map.of("action", "CLOSE", "feedback", "SATISFIED"))
                .when().post("/api/v1/opinions/" + solved + "/transitions").then().statusCode(200);
        clock.setToday(TODAY);
        visit(city, "2026-02-10", 5);
        eastVisit = visit(east, "2026-04-10", 3);
        visit(east, "2026-05-10", 4);
        visit(eastStreet, "2026-06-10", 2);
        visit(west, "2026-07-10", 6);
        eastOpinion = opinion(east, "2026-04-01");
        forwarded = opinion(east, "2026-04-02");
        transition(forwarded, "ACCEPT");
        transition(forwarded, "FORWARD");
        opinion(eastStreet, "2026-05-01");
        cityOffice = Auth.signedIn(Role.OFFICE, city.id, null, null);
    }

    @Test
    void theCityReadsEachCommitteeBelowItsFiguresAndTheirDrillDowns() {
        JsonPath summary = Auth.as(cityOffice).queryParam("committeeId", east.id).queryParam("year", 2026).when()
                .get(SUMMARY).then().statusCode(200).body("committeeId", equalTo((int) east.id)).extract().jsonPath();
        assertEquals(2, value(summary, "VISITS"));
        assertEquals(7, value(summary, "PEOPLE_RECEIVED"));
        assertEquals(2, value(summary, "OPINIONS_COLLECTED"));
        assertEquals(1, value(summary, "OPINIONS_FORWARDED"));
        drillsDown(summary.getList("figures"), () -> Auth.as(cityOffice));
        // Two levels down, and for a reporting script of the city as well.
        JsonPath street = Auth.as(cityOffice).queryParam("committeeId", eastStreet.id).queryParam("year", 2026).when()
                .get(SUMMARY).then().statusCode(200).extract().jsonPath();
        assertEquals(2, value(street, "PEOPLE_RECEIVED"));
        String script = Auth.apiToken(Role.REPORTER, city.id);
        JsonPath scripted = Auth.as(script).queryParam("committeeId", west.id).queryParam("year", 2026).when()
                .get(SUMMARY).then().statusCode(200).extract().jsonPath();
        assertEquals(1, value(scripted, "OPINIONS_SOLVED"));
        assertEquals(10, value(scripted, "SOLUTION_DAYS_MEDIAN"));
        drillsDown(scripted.getList("figures"), () -> Auth.as(script));
    }

    @Test
    void theCommitteeBreakdownSetsEveryLevelSideBySideAndSumsThem() {
        JsonPath breakdown = Auth.as(cityOffice).queryParam("by", "COMMITTEE").queryParam("year", 2026).when()
                .get(BREAKDOWN).then().statusCode(200).body("committeeId", equalTo((int) city.id)).extract().jsonPath();
        assertEquals(List.of(city.id, east.id, eastStreet.id, west.id), ids(breakdown), "each parent before its own");
        assertEquals(List.of(0, 1, 2, 1), breakdown.getList("rows.slice.depth"));
        assertEquals(new ArrayList<>(java.util.Arrays.asList(null, (int) city.id, (int) east.id, (int) city.id)),
                breakdown.getList("rows.slice.parentId"));
        assertEquals(List.of(1L, 2L, 1L, 1L), values(breakdown, "VISITS"));
        assertEquals(List.of(5L, 7L, 2L, 6L), values(breakdown, "PEOPLE_RECEIVED"));
        assertEquals(List.of(0L, 2L, 1L, 1L), values(breakdown, "OPINIONS_COLLECTED"));
        assertEquals(List.of(0L, 1L, 0L, 0L), values(breakdown, "OPINIONS_FORWARDED"));
        assertEquals(List.of(0L, 0L, 0L, 1L), values(breakdown, "OPINIONS_SOLVED"));
        assertEquals(10, breakdown.getLong("rows[3].figures.find { it.key == 'SOLUTION_DAYS_MEDIAN' }.value"));
        assertEquals(5, total(breakdown, "VISITS"));
        assertEquals(20, total(breakdown, "PEOPLE_RECEIVED"));
        assertEquals(4, total(breakdown, "OPINIONS_COLLECTED"));
        assertEquals(1, total(breakdown, "OPINIONS_SOLVED"));
        List<String> summed = breakdown.getList("sum.figures.key");
        assertFalse(summed.contains("SOLUTION_DAYS_MEDIAN") || summed.contains("SOLUTION_DAYS_P90"),
                "a median is no sum: " + summed);
        for (String key : summed) {
            assertEquals(values(breakdown, key).stream().mapToLong(Long::longValue).sum(), total(breakdown, key), key);
        }
        for (int r = 0; r < 4; r++) {
            drillsDown(breakdown.getList("rows[" + r + "].figures"), () -> Auth.as(cityOffice));
        }
        // The administrator reads every row as itself and gets the same figures.
        JsonPath admin = given().queryParam("committeeId", city.id).queryParam("by", "COMMITTEE")
                .queryParam("year", 2026).when().get(BREAKDOWN).then().statusCode(200).extract().jsonPath();
        assertEquals(breakdown.getList("rows"), admin.getList("rows"));
        assertEquals(breakdown.getMap("sum"), admin.getMap("sum"));
        // Asked of a district, the breakdown is that district and what lies below it.
        JsonPath district = Auth.as(cityOffice).queryParam("committeeId", east.id).queryParam("by", "COMMITTEE")
                .queryParam("year", 2026).when().get(BREAKDOWN).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(east.id, eastStreet.id), ids(district));
        assertNull(district.get("rows[0].slice.parentId"));
        assertEquals(List.of(0, 1), district.getList("rows.slice.depth"));
        assertEquals(9, total(district, "PEOPLE_RECEIVED"));
        for (int r = 0; r < 2; r++) {
            drillsDown(district.getList("rows[" + r + "].figures"), () -> Auth.as(cityOffice));
        }
        // The other dimensions have no sum: their rows need not add up.
        Auth.as(cityOffice).queryParam("by", "MONTH").queryParam("year", 2026).when().get(BREAKDOWN).then()
                .statusCode(200).body("sum", equalTo(null));
    }

    @Test
    void theWholeTreesSummaryIsTheCommitteeBreakdownsTotalInEachPeriod() {
        JsonPath whole = Auth.as(cityOffice).queryParam("scope", "SUBTREE").queryParam("year", 2026)
                .queryParam("quarter", 2).when().get(SUMMARY).then().statusCode(200).body("scope", equalTo("SUBTREE"))
                .body("committeeId", equalTo((int) city.id)).extract().jsonPath();
        assertEquals(3, value(whole, "VISITS"));
        assertEquals(9, value(whole, "PEOPLE_RECEIVED"));
        assertEquals(3, value(whole, "OPINIONS_COLLECTED"));
        assertEquals(1, whole.getLong("figures.find { it.key == 'VISITS' }.previousValue"));
        assertEquals(1, whole.getLong("figures.find { it.key == 'OPINIONS_SOLVED' }.previousValue"));
        String text = whole.getString("text");
        assertTrue(text.contains("委员接待走访群众 9 人次") && text.contains("收集社情民意 3 条"), text);
        JsonPath now = committeeBreakdown(Map.of("year", 2026, "quarter", 2));
        JsonPath before = committeeBreakdown(Map.of("year", 2026, "quarter", 1));
        JsonPath yearAgo = committeeBreakdown(Map.of("year", 2025, "quarter", 2));
        assertEquals(now.getList("sum.figures.key"), whole.getList("figures.key"), "the figures that add up");
        for (Map<String, Object> figure : whole.<Map<String, Object>>getList("figures")) {
            String key = (String) figure.get("key");
            assertEquals(total(now, key), ((Number) figure.get("value")).longValue(), key);
            assertEquals(total(before, key), ((Number) figure.get("previousValue")).longValue(), key + " before");
            assertEquals(total(yearAgo, key), ((Number) figure.get("yearAgoValue")).longValue(), key + " a year ago");
            assertNull(figure.get("drillDown"), key + ": no list gives a sum");
        }
        // By default a summary is the committee's own records, as before.
        Auth.as(cityOffice).queryParam("year", 2026).queryParam("quarter", 2).when().get(SUMMARY).then()
                .statusCode(200).body("scope", equalTo("OWN"))
                .body("figures.find { it.key == 'VISITS' }.value", equalTo(0));
    }

    private JsonPath committeeBreakdown(Map<String, ?> period) {
        return Auth.as(cityOffice).queryParam("by", "COMMITTEE").queryParams(period).when().get(BREAKDOWN).then()
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void theCityReadsADistrictsListsAsItsReporterDoesWithPersonalDataMasked() {
        String eastReporter = Auth.signedIn(Role.REPORTER, east.id, null, null);
        String eastOffice = Auth.signedIn(Role.OFFICE, east.id, null, null);
        for (String path : List.of("/api/v1/opinions", "/api/v1/members", "/api/v1/visits", "/api/v1/townships")) {
            JsonPath theirs = Auth.as(cityOffice).queryParam("committeeId", east.id).when().get(path).then()
                    .statusCode(200).extract().jsonPath();
            JsonPath reporters = Auth.as(eastReporter).queryParam("committeeId", east.id).when().get(path).then()
                    .statusCode(200).extract().jsonPath();
            assertTrue(theirs.getLong("total") > 0, path);
            assertEquals(reporters.getList("items"), theirs.getList("items"), path);
        }
        JsonPath opinions = Auth.as(cityOffice).queryParam("committeeId", east.id).queryParam("sort", "id").when()
                .get("/api/v1/opinions").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("张**", "张**"), opinions.getList("items.raisedByName"));
        assertEquals(List.of("139****1234", "139****1234"), opinions.getList("items.raisedByPhone"));
        assertEquals(List.of(List.of(), List.of()), opinions.getList("items.actions"));
        Auth.as(cityOffice).queryParam("committeeId", east.id).when().get("/api/v1/members").then().statusCode(200)
                .body("items[0].phone", equalTo("139****1234"));
        Auth.as(eastOffice).queryParam("committeeId", east.id).when().get("/api/v1/members").then().statusCode(200)
                .body("items[0].phone", equalTo(PHONE));
        String csv = Auth.as(cityOffice).queryParam("committeeId", east.id).accept("text/csv").when()
                .get("/api/v1/opinions/export").then().statusCode(200).extract().asString();
        assertTrue(csv.contains("张**") && csv.contains("139****1234"), csv);
        assertFalse(csv.contains(RAISED_BY) || csv.contains(PHONE), csv);
        // A record of the district stays missing by its id; what was forwarded to the city stays its own, unmasked.
        assertProblem(Auth.as(cityOffice).when().get("/api/v1/opinions/" + eastOpinion).then(), 404, "not-found");
        assertProblem(Auth.as(cityOffice).when().get("/api/v1/visits/" + eastVisit).then(), 404, "not-found");
        Auth.as(cityOffice).when().get("/api/v1/opinions/" + forwarded).then().statusCode(200)
                .body("raisedByName", equalTo(RAISED_BY));
        Auth.as(cityOffice).queryParam("forwardedToId", city.id).when().get("/api/v1/opinions").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo((int) forwarded))
                .body("items[0].raisedByName", equalTo(RAISED_BY));
        // What a reporter may not call, the city may not call for a district, though it may for itself.
        for (String path : List.of("/api/v1/audit", "/api/v1/evaluation-adjustments?year=2026", "/api/v1/accounts",
                "/api/v1/evaluations/2026/inactive")) {
            assertProblem(Auth.as(cityOffice).queryParam("committeeId", east.id).when().get(path).then(), 403,
                    "forbidden");
        }
        Auth.as(cityOffice).queryParam("committeeId", city.id).when().get("/api/v1/audit").then().statusCode(200);
    }

    @Test
    void theCityWritesNothingInADistrict() {
        JsonPath before = given().when().get("/api/v1/opinions/" + eastOpinion).then().statusCode(200).extract()
                .jsonPath();
        Map<String, Object> fields = opinionFields(east, "2026-04-01");
        fields.put("title", "上级改过的标题");
        assertProblem(Auth.as(cityOffice).header("If-Match", "\"" + before.getInt("version") + "\"")
                .contentType(ContentType.JSON).body(fields).when().put("/api/v1/opinions/" + eastOpinion).then(),
                404, "not-found");
        assertProblem(Auth.as(cityOffice).contentType(ContentType.JSON).body(Map.of("action", "ACCEPT")).when()
                .post("/api/v1/opinions/" + eastOpinion + "/transitions").then(), 404, "not-found");
        assertProblem(Auth.as(cityOffice).when().delete("/api/v1/visits/" + eastVisit).then(), 404, "not-found");
        assertFieldError(Auth.as(cityOffice).contentType(ContentType.JSON).body(visitFields(east, "2026-08-10", 9))
                .when().post("/api/v1/visits").then(), "committeeId");
        assertFieldError(Auth.as(cityOffice).contentType(ContentType.JSON).body(Fixtures.townshipFields(east.id))
                .when().post("/api/v1/townships").then(), "committeeId");
        given().when().get("/api/v1/opinions/" + eastOpinion).then().statusCode(200)
                .body("title", equalTo(before.getString("title"))).body("status", equalTo("SUBMITTED"))
                .body("version", equalTo(before.getInt("version")));
        given().when().get("/api/v1/visits/" + eastVisit).then().statusCode(200);
        given().queryParam("committeeId", east.id).when().get("/api/v1/visits").then().statusCode(200)
                .body("total", equalTo(2));
        given().queryParam("committeeId", east.id).when().get("/api/v1/townships").then().statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void aDistrictSeesNothingOfItsSiblingNorOfTheCityAbove() {
        String westOffice = Auth.signedIn(Role.OFFICE, west.id, null, null);
        String eastOffice = Auth.signedIn(Role.OFFICE, east.id, null, null);
        String missing = "政协 " + east.id + " 不存在或已删除";
        assertProblem(Auth.as(westOffice).queryParam("committeeId", east.id).when().get(SUMMARY).then(), 404,
                "not-found").body("detail", equalTo(missing));
        assertProblem(Auth.as(westOffice).queryParam("committeeId", east.id).queryParam("by", "COMMITTEE").when()
                .get(BREAKDOWN).then(), 404, "not-found").body("detail", equalTo(missing));
        assertProblem(Auth.as(westOffice).queryParam("committeeId", eastStreet.id).when().get(SUMMARY).then(), 404,
                "not-found");
        for (String path : List.of("/api/v1/opinions", "/api/v1/visits", "/api/v1/members")) {
            Auth.as(westOffice).queryParam("committeeId", east.id).when().get(path).then().statusCode(200)
                    .body("total", equalTo(0));
            Auth.as(eastOffice).queryParam("committeeId", city.id).when().get(path).then().statusCode(200)
                    .body("total", equalTo(0));
        }
        assertProblem(Auth.as(eastOffice).queryParam("committeeId", city.id).when().get(SUMMARY).then(), 404,
                "not-found").body("detail", equalTo("政协 " + city.id + " 不存在或已删除"));
        // A district is itself above the committee below it, and only that.
        JsonPath below = Auth.as(eastOffice).queryParam("by", "COMMITTEE").queryParam("year", 2026).when()
                .get(BREAKDOWN).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(east.id, eastStreet.id), ids(below));
        Auth.as(eastOffice).queryParam("committeeId", eastStreet.id).queryParam("year", 2026).when().get(SUMMARY)
                .then().statusCode(200).body("figures.find { it.key == 'VISITS' }.value", equalTo(1));
        // The city's group leads and members read their own committee only, as before.
        long group = Fixtures.group(city.id);
        String convenor = Auth.signedIn(Role.CONVENOR, city.id, null, group);
        assertProblem(Auth.as(convenor).queryParam("committeeId", east.id).when().get(SUMMARY).then(), 404,
                "not-found");
        Auth.as(convenor).queryParam("by", "COMMITTEE").queryParam("year", 2026).when().get(BREAKDOWN).then()
                .statusCode(200).body("rows.size()", equalTo(1)).body("rows[0].slice.id", equalTo((int) city.id));
    }

    // ---- the tree and its records --------------------------------------------------------------------------

    private Place place(Long parent, String name) {
        Map<String, Object> fields = Fixtures.committeeFields();
        fields.put("name", Fixtures.unique(name));
        if (parent != null) {
            fields.put("parentId", parent);
        }
        long id = Fixtures.create("/api/v1/committees", fields);
        Map<String, Object> member = Fixtures.memberFields(id, Fixtures.sector(id));
        member.put("phone", PHONE);
        long category = given().queryParam("committeeId", id).when().get("/api/v1/opinion-categories").then()
                .statusCode(200).extract().jsonPath().getLong("items[0].id");
        return new Place(id, Fixtures.township(id), Fixtures.create("/api/v1/members", member), category);
    }

    private static Map<String, Object> visitFields(Place place, String date, int people) {
        Map<String, Object> fields = Fixtures.visitFields(place.id, place.township, place.member);
        fields.put("date", date);
        fields.put("peopleReceived", people);
        return fields;
    }

    private static long visit(Place place, String date, int people) {
        return Fixtures.create("/api/v1/visits", visitFields(place, date, people));
    }

    private static Map<String, Object> opinionFields(Place place, String collectedOn) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("committeeId", place.id);
        fields.put("title", Fixtures.unique("小区路灯不亮"));
        fields.put("content", "夜间出行不便，群众多次反映");
        fields.put("categoryId", place.category);
        fields.put("collectedOn", collectedOn);
        fields.put("townshipId", place.township);
        fields.put("source", "OTHER");
        fields.put("memberIds", List.of(place.member));
        fields.put("raisedByName", RAISED_BY);
        fields.put("raisedByPhone", PHONE);
        return fields;
    }

    /** An opinion collected on the day, submitted at once. */
    private static long opinion(Place place, String collectedOn) {
        Map<String, Object> fields = opinionFields(place, collectedOn);
        fields.put("submit", true);
        return Fixtures.create("/api/v1/opinions", fields);
    }

    private void transition(long opinion, String action) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("action", action);
        if (action.equals("ASSIGN")) {
            body.put("assignedUnit", "测试市住房和城乡建设局");
            body.put("dueDate", clock.today().plusDays(30).toString());
        }
        if (action.equals("RESOLVE")) {
            body.put("resolution", "已更换路灯");
            body.put("resolvedOn", clock.today().toString());
        }
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/opinions/" + opinion + "/transitions")
                .then().statusCode(200);
    }

    // ---- reading the answers -------------------------------------------------------------------------------

    private static long value(JsonPath summary, String key) {
        return summary.getLong("figures.find { it.key == '" + key + "' }.value");
    }

    private static List<Long> ids(JsonPath breakdown) {
        return breakdown.<Number>getList("rows.slice.id").stream().map(Number::longValue).toList();
    }

    private static List<Long> values(JsonPath breakdown, String key) {
        List<Long> values = new ArrayList<>();
        for (int r = 0; r < breakdown.getList("rows").size(); r++) {
            Number value = breakdown.get("rows[" + r + "].figures.find { it.key == '" + key + "' }.value");
            values.add(value.longValue());
        }
        return values;
    }

    private static long total(JsonPath breakdown, String key) {
        return breakdown.getLong("sum.figures.find { it.key == '" + key + "' }.value");
    }

    /** Every figure equals its drill-down's list as {@code as} reads it; 办理时长's list holds the solved ones. */
    private static void drillsDown(List<Map<String, Object>> figures, Supplier<RequestSpecification> as) {
        long solved = figures.stream().filter(f -> "OPINIONS_SOLVED".equals(f.get("key")))
                .mapToLong(f -> ((Number) f.get("value")).longValue()).sum();
        assertTrue(figures.size() >= 24, "every figure: " + figures.size());
        for (Map<String, Object> figure : figures) {
            DrillDowns.check(figure, solved, as);
        }
    }
}
