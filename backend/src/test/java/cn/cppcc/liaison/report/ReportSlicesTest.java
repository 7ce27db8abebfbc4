package cn.cppcc.liaison.report;

import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.Role;
import cn.cppcc.liaison.support.Auth;
import cn.cppcc.liaison.support.Fixtures;
import cn.cppcc.liaison.support.Pages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The figures by activity group, sector and member, and 挂牌委员, over a quarter built by hand with known answers:
 * a record counts once for each group and sector one of its members belongs to, a member's row counts what the
 * member's record counts, and every figure equals the list its drill-down names.
 */
@QuarkusTest
class ReportSlicesTest {

    private static final String BREAKDOWN = "/api/v1/reports/breakdown";
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
    private static final Map<String, Object> Q1 = Map.of("year", 2026, "quarter", 1);

    @Inject
    OfficeClock clock;

    private long committee;
    private long economy;
    private long farming;
    private long forestry;
    private long tourism;
    private long wang;
    private long li;
    private long zhao;
    private long qian;
    private long sun;
    private long zhou;
    private long wu;

    /**
     * 2026's first quarter of a committee with two groups and two sectors:
     * A王 (经济界, 林业组) visits with B李, holds February's turn, attends the consultation, submits an opinion
     * with B李 and leads a proposal B李 co-signs; B李 (农业界, 旅游组) also visits alone, submits an opinion and
     * takes part in an activity; C赵 (农业界, 林业组) only submits an opinion, misses March's turn and is absent
     * from the consultation; D钱 (经济界, 旅游组) is excused from it and does nothing; E孙 (经济界, 林业组) was
     * suspended before the quarter; F周 (农业界) left at the end of 2025; G吴 (农业界) was suspended in February
     * and did nothing before.
     */
    private void build() {
        clock.setToday(TODAY);
        committee = Fixtures.committee();
        economy = sector("经济界");
        farming = sector("农业界");
        forestry = group("林业组");
        tourism = group("旅游组");
        long township = Fixtures.township(committee);
        long platform = Fixtures.platform(committee, township);
        wang = member("A王", economy, forestry, null);
        li = member("B李", farming, tourism, null);
        zhao = member("C赵", farming, forestry, null);
        qian = member("D钱", economy, tourism, null);
        sun = member("E孙", economy, forestry, null);
        zhou = member("F周", farming, null, "2025-12-31");
        wu = member("G吴", farming, null, null);
        suspend(sun, "2025-12-01");
        suspend(wu, "2026-02-15");

        visit("2026-01-10", 3, wang, li);
        visit("2026-02-20", 5, li);
        visit("2025-12-20", 7, qian);
        record(turn(platform, wang, "2026-02"), Map.of("outcome", "DONE"));
        record(turn(platform, zhao, "2026-03"), Map.of("outcome", "MISSED", "missedReason", "外出学习"));
        long category = given().queryParam("committeeId", committee).when().get("/api/v1/opinion-categories")
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        opinion(category, township, "2026-01-15", li);
        opinion(category, township, "2026-02-02", zhao);
        opinion(category, township, "2026-03-03", wang, li);
        consultation(township, platform, "2026-03-12", Map.of(wang, "PRESENT", zhao, "ABSENT", qian, "EXCUSED"));
        Map<String, Object> proposal = Fixtures.proposalFields(committee, wang, li);
        proposal.put("filedOn", "2026-02-10");
        Fixtures.create("/api/v1/proposals", proposal);
        Map<String, Object> activity = Fixtures.activityFields(committee, li);
        activity.put("date", "2026-03-05");
        Fixtures.create("/api/v1/activities", activity);
    }

    @Test
    void aRecordOfMembersOfTwoGroupsCountsInEachAndEveryFigureDrillsDown() {
        build();
        JsonPath groups = breakdown("GROUP", Map.of());
        assertEquals(List.of("林业组", "旅游组"), groups.getList("rows.slice.name"));
        assertEquals(2, groups.getInt("total"));
        assertEquals(Map.of("VISITS", 1L, "PEOPLE_RECEIVED", 3L, "MEMBERS_PRESENT", 2L, "DUTY_DONE", 1L,
                "DUTY_MISSED", 1L, "OPINIONS_COLLECTED", 2L, "CONSULTATIONS", 1L, "PROPOSALS_FILED", 1L,
                "ACTIVITIES", 0L, "INACTIVE_MEMBERS", 0L), values(groups, 0, "VISITS", "PEOPLE_RECEIVED",
                "MEMBERS_PRESENT", "DUTY_DONE", "DUTY_MISSED", "OPINIONS_COLLECTED", "CONSULTATIONS",
                "PROPOSALS_FILED", "ACTIVITIES", "INACTIVE_MEMBERS"));
        // The visit, the joint opinion and the proposal of A王 and B李 count in both groups; D钱 was only excused.
        assertEquals(Map.of("VISITS", 2L, "PEOPLE_RECEIVED", 8L, "MEMBERS_PRESENT", 3L, "DUTY_DONE", 0L,
                "DUTY_MISSED", 0L, "OPINIONS_COLLECTED", 2L, "CONSULTATIONS", 0L, "PROPOSALS_FILED", 1L,
                "ACTIVITIES", 1L, "INACTIVE_MEMBERS", 1L), values(groups, 1, "VISITS", "PEOPLE_RECEIVED",
                "MEMBERS_PRESENT", "DUTY_DONE", "DUTY_MISSED", "OPINIONS_COLLECTED", "CONSULTATIONS",
                "PROPOSALS_FILED", "ACTIVITIES", "INACTIVE_MEMBERS"));
        JsonPath sectors = breakdown("SECTOR", Map.of());
        assertEquals(List.of("经济界", "农业界"), sectors.getList("rows.slice.name"));
        assertEquals(Map.of("VISITS", 1L, "OPINIONS_COLLECTED", 1L, "CONSULTATIONS", 1L, "INACTIVE_MEMBERS", 1L),
                values(sectors, 0, "VISITS", "OPINIONS_COLLECTED", "CONSULTATIONS", "INACTIVE_MEMBERS"));
        assertEquals(Map.of("VISITS", 2L, "OPINIONS_COLLECTED", 3L, "CONSULTATIONS", 0L, "INACTIVE_MEMBERS", 1L),
                values(sectors, 1, "VISITS", "OPINIONS_COLLECTED", "CONSULTATIONS", "INACTIVE_MEMBERS"));
        JsonPath whole = given().queryParam("committeeId", committee).queryParams(Q1).when()
                .get("/api/v1/reports/summary").then().statusCode(200).extract().jsonPath();
        assertEquals(2, whole.getLong("figures.find { it.key == 'VISITS' }.value"));
        assertEquals(3, whole.getLong("figures.find { it.key == 'OPINIONS_COLLECTED' }.value"));
        for (JsonPath breakdown : List.of(groups, sectors)) {
            drillsDown(breakdown, () -> given());
            for (int row = 0; row < 2; row++) {
                assertEquals(Set.of("VISITS", "PEOPLE_RECEIVED", "MEMBERS_PRESENT", "STUDIO_PEOPLE_RECEIVED",
                        "HOUSEHOLD_MEMBER_VISITS", "DUTY_DONE", "DUTY_MISSED",
                        "DUTY_UNRECORDED", "OPINIONS_COLLECTED", "OPINIONS_ACCEPTED", "OPINIONS_FORWARDED",
                        "OPINIONS_ADOPTED", "OPINIONS_RESOLVED", "OPINIONS_SOLVED", "OPINIONS_OVERDUE", "OPINIONS_OPEN",
                        "CONSULTATIONS", "PROPOSALS_FILED", "PROPOSALS_ACCEPTED", "PROPOSALS_ANSWERED", "ACTIVITIES",
                        "PEOPLE_REACHED", "RESEARCH_REPORTS", "INACTIVE_MEMBERS"), Set.copyOf(breakdown.getList("rows[" + row + "].figures.key")),
                        "only what a group's or sector's members took part in: no active studios, outcomes or gaps");
            }
        }
        // The opinion list's summary above the list says the same for the same filters.
        assertEquals(2, given().queryParam("committeeId", committee).queryParam("groupId", forestry)
                .queryParam("from", "2026-01-01").queryParam("to", "2026-03-31").when().get("/api/v1/opinions/summary")
                .then().statusCode(200).extract().jsonPath().getLong("collected"));
    }

    @Test
    void aMembersRowCountsWhatTheirRecordCountsAndOnlyMembersInOfficeAreRows() {
        build();
        JsonPath members = breakdown("MEMBER", Map.of());
        assertEquals(List.of("A王", "B李", "C赵", "D钱", "G吴"), members.getList("rows.slice.name"),
                "E孙 was suspended before the quarter and F周 left before it");
        assertEquals(List.of(wang, li, zhao, qian, wu), members.getList("rows.slice.id", Long.class));
        assertEquals(5, members.getInt("total"));
        assertEquals(1, members.getInt("page"));
        assertEquals(50, members.getInt("size"));
        String[] keys = {"VISITS", "PEOPLE_RECEIVED", "DUTY_DONE", "DUTY_MISSED", "OPINIONS_COLLECTED",
                "CONSULTATIONS", "PROPOSALS_FILED", "ACTIVITIES"};
        assertEquals(expected(1, 3, 1, 0, 1, 1, 1, 0), values(members, 0, keys));
        assertEquals(expected(2, 8, 0, 0, 2, 0, 1, 1), values(members, 1, keys));
        assertEquals(expected(0, 0, 0, 1, 1, 0, 0, 0), values(members, 2, keys), "C赵 was absent, not present");
        assertEquals(expected(0, 0, 0, 0, 0, 0, 0, 0), values(members, 3, keys));
        assertTrue(members.getList("rows[0].figures.key").stream().noneMatch(
                k -> Set.of("ACTIVE_STUDIOS", "OUTCOMES_AGREED", "CONSULTATION_GAPS", "INACTIVE_MEMBERS").contains(k)));
        assertEquals(Map.of("committeeId", String.valueOf(committee), "from", "2026-01-01", "to", "2026-03-31",
                "memberId", String.valueOf(wang), "attendance", "PRESENT"),
                members.getMap("rows[0].figures.find { it.key == 'CONSULTATIONS' }.drillDown.query"));
        drillsDown(members, () -> given());
        // The consultation list still lists every invitation of a member; attendance keeps those attended.
        Map<String, Object> invited = Map.of("memberId", zhao, "from", "2026-01-01", "to", "2026-03-31");
        assertEquals(1, Pages.total("/api/v1/consultations", invited));
        Map<String, Object> attended = new HashMap<>(invited);
        attended.put("attendance", "PRESENT");
        assertEquals(0, Pages.total("/api/v1/consultations", attended));
        attended.put("memberId", wang);
        assertEquals(1, Pages.total("/api/v1/consultations", attended));
    }

    @Test
    void inactiveMembersAreThoseInOfficeWithNoWorkAndTheirListHasTheFiguresTotal() {
        build();
        JsonPath summary = given().queryParam("committeeId", committee).queryParams(Q1).when()
                .get("/api/v1/reports/summary").then().statusCode(200).extract().jsonPath();
        Map<String, Object> figure = summary.getMap("figures.find { it.key == 'INACTIVE_MEMBERS' }");
        assertEquals(2, ((Number) figure.get("value")).longValue(),
                "D钱 (only excused) and G吴 (in office until February); not C赵 (an opinion), E孙 nor F周");
        assertEquals("挂牌委员", figure.get("label"));
        assertEquals(Map.of("operationId", "listMembers", "measure", "total", "query", Map.of("committeeId",
                String.valueOf(committee), "idleFrom", "2026-01-01", "idleTo", "2026-03-31")), figure.get("drillDown"));
        DrillDowns.check(figure, 0, () -> given());
        JsonPath idle = given().queryParam("committeeId", committee).queryParam("idleFrom", "2026-01-01")
                .queryParam("idleTo", "2026-03-31").queryParam("sort", "name").when().get("/api/v1/members")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("D钱", "G吴"), idle.getList("items.name"));
        assertEquals(2, idle.getInt("total"));
        assertEquals(List.of("G吴"), given().queryParam("committeeId", committee).queryParam("idleFrom", "2026-01-01")
                .queryParam("idleTo", "2026-03-31").queryParam("page", 2).queryParam("size", 1)
                .queryParam("sort", "name").when().get("/api/v1/members").then().statusCode(200).extract().jsonPath()
                .getList("items.name"));
        // In December D钱 visited, F周 and G吴 were still in office and E孙 no longer (suspended on 12月1日).
        assertEquals(List.of("A王", "B李", "C赵", "F周", "G吴"), names(Map.of("idleFrom", "2025-12-01",
                "idleTo", "2025-12-31")));
        assertEquals(List.of("D钱"), names(Map.of("idleFrom", "2026-01-01", "idleTo", "2026-03-31",
                "groupId", tourism)));
        assertEquals(List.of(), names(Map.of("idleFrom", "2026-01-01", "idleTo", "2026-03-31", "groupId", forestry)));
        assertFieldError(given().queryParam("committeeId", committee).queryParam("idleFrom", "2026-01-01").when()
                .get("/api/v1/members").then(), "idleTo");
        assertFieldError(given().queryParam("committeeId", committee).queryParam("idleFrom", "2026-03-01")
                .queryParam("idleTo", "2026-01-01").when().get("/api/v1/members").then(), "idleTo");
        assertFieldError(given().queryParam("idleFrom", "2026-01-01").queryParam("idleTo", "2026-03-31").when()
                .get("/api/v1/members").then(), "committeeId");
    }

    @Test
    void membersRowsComeAPageAtATimeAndAReporterSeesTheirFiguresWithoutNames() {
        build();
        JsonPath second = breakdown("MEMBER", Map.of("page", 2, "size", 2));
        assertEquals(List.of("C赵", "D钱"), second.getList("rows.slice.name"));
        assertEquals(5, second.getInt("total"));
        assertEquals(2, second.getInt("page"));
        assertEquals(2, second.getInt("size"));
        assertEquals(List.of("G吴"), breakdown("MEMBER", Map.of("page", 3, "size", 2)).getList("rows.slice.name"));
        assertEquals(List.of(), breakdown("MEMBER", Map.of("page", 4, "size", 2)).getList("rows"));
        String reporter = Auth.apiToken(Role.REPORTER, committee);
        JsonPath theirs = Auth.as(reporter).queryParams(Q1).queryParam("by", "MEMBER").when().get(BREAKDOWN).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(5, theirs.getList("rows").size());
        for (int row = 0; row < 5; row++) {
            assertEquals(Map.of(), theirs.getMap("rows[" + row + "].slice"), "no id, no name");
            assertTrue(theirs.getList("rows[" + row + "].figures.drillDown").stream().allMatch(d -> d == null),
                    "no drill-down, which would name the member");
        }
        JsonPath office = breakdown("MEMBER", Map.of());
        assertEquals(office.getList("rows.figures.value"), theirs.getList("rows.figures.value"));
        JsonPath groups = Auth.as(reporter).queryParams(Q1).queryParam("by", "GROUP").when().get(BREAKDOWN).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of("林业组", "旅游组"), groups.getList("rows.slice.name"), "a group names no one");
        drillsDown(groups, () -> Auth.as(reporter));
        assertNull(groups.get("page"));
        assertFieldError(given().queryParam("committeeId", committee).queryParams(Q1).queryParam("by", "GROUP")
                .queryParam("page", 1).when().get(BREAKDOWN).then(), "page");
        assertFieldError(Fixtures.broken().queryParam("committeeId", committee).queryParams(Q1)
                .queryParam("by", "MEMBER").queryParam("size", 201).when().get(BREAKDOWN).then(), "size");
    }

    // ---- the quarter's records ------------------------------------------------------------------------------

    private JsonPath breakdown(String by, Map<String, Object> more) {
        return given().queryParam("committeeId", committee).queryParams(Q1).queryParam("by", by).queryParams(more)
                .when().get(BREAKDOWN).then().statusCode(200).extract().jsonPath();
    }

    /** Every figure of every row equals what its drill-down's list gives, asked as {@code as} asks. */
    private static void drillsDown(JsonPath breakdown, Supplier<RequestSpecification> as) {
        List<Map<String, Object>> rows = breakdown.getList("rows");
        for (int r = 0; r < rows.size(); r++) {
            Number solved = breakdown.get("rows[" + r + "].figures.find { it.key == 'OPINIONS_SOLVED' }.value");
            for (Map<String, Object> figure : breakdown.<Map<String, Object>>getList("rows[" + r + "].figures")) {
                DrillDowns.check(figure, solved == null ? 0 : solved.longValue(), as);
            }
        }
    }

    private static Map<String, Long> values(JsonPath breakdown, int row, String... keys) {
        Map<String, Long> values = new HashMap<>();
        for (String key : keys) {
            Number value = breakdown.get("rows[" + row + "].figures.find { it.key == '" + key + "' }.value");
            values.put(key, value == null ? null : value.longValue());
        }
        return values;
    }

    /** A member's visits, people received, turns done and missed, opinions, consultations, proposals, activities. */
    private static Map<String, Long> expected(long... values) {
        String[] keys = {"VISITS", "PEOPLE_RECEIVED", "DUTY_DONE", "DUTY_MISSED", "OPINIONS_COLLECTED",
                "CONSULTATIONS", "PROPOSALS_FILED", "ACTIVITIES"};
        Map<String, Long> expected = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            expected.put(keys[i], values[i]);
        }
        return expected;
    }

    private List<Object> names(Map<String, Object> query) {
        return given().queryParam("committeeId", committee).queryParam("sort", "name").queryParams(query).when()
                .get("/api/v1/members").then().statusCode(200).extract().jsonPath().getList("items.name");
    }

    private long sector(String name) {
        Map<String, Object> fields = Fixtures.sectorFields(committee);
        fields.put("name", name);
        return Fixtures.create("/api/v1/sectors", fields);
    }

    private long group(String name) {
        Map<String, Object> fields = Fixtures.groupFields(committee);
        fields.put("name", name);
        return Fixtures.create("/api/v1/groups", fields);
    }

    private long member(String name, long sector, Long group, String termEnd) {
        Map<String, Object> fields = Fixtures.memberFields(committee, sector);
        fields.put("name", name);
        if (group != null) {
            fields.put("groupId", group);
        }
        if (termEnd != null) {
            fields.put("termStart", "2021-12-20");
            fields.put("termEnd", termEnd);
        }
        return Fixtures.create("/api/v1/members", fields);
    }

    private static void suspend(long member, String date) {
        Fixtures.changeStatus(member, Map.of("status", "SUSPENDED", "reason", "因病", "date", date));
    }

    private void visit(String date, int people, long... members) {
        Map<String, Object> fields = Fixtures.visitFields(committee, Fixtures.township(committee), members);
        fields.put("date", date);
        fields.put("peopleReceived", people);
        Fixtures.create("/api/v1/visits", fields);
    }

    private static long turn(long platform, long member, String month) {
        return Fixtures.create("/api/v1/duty-turns", Map.of("platformId", platform, "memberId", member, "month", month));
    }

    private static void record(long turn, Map<String, Object> body) {
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/duty-turns/" + turn + "/record")
                .then().statusCode(200);
    }

    private void opinion(long category, long township, String collectedOn, long... members) {
        Map<String, Object> fields = Fixtures.opinionFields(committee, category, township, collectedOn, "通村道路破损",
                members);
        fields.put("submit", true);
        Fixtures.create("/api/v1/opinions", fields);
    }

    private void consultation(long township, long platform, String heldOn, Map<Long, String> members) {
        Fixtures.consultation(committee, township, platform, heldOn, members, "抗联食堂对外开放");
    }
}
