package cn.cppcc.liaison.report;

import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.support.Fixtures;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The figures the articles quote, on hand-built records with known answers: the people received at the studios'
 * reception days (工作室接待群众, the same visits that make a studio active), the members at household visits (委员走访群众),
 * the research reports (调研报告), and 一季一协商's gaps of one calendar quarter, a consultation at a studio counting for
 * its platform and a quarter's first and last days belonging to it. Every figure equals its drill-down's list.
 */
@QuarkusTest
class ArticleFiguresTest {

    private static final String SUMMARY = "/api/v1/reports/summary";
    private static final String BREAKDOWN = "/api/v1/reports/breakdown";
    private static final String COMPLIANCE = "/api/v1/consultations/compliance";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Inject
    OfficeClock clock;

    private long committee;
    private long sector;

    /** On the office's day, a new committee of a sector: the tables are emptied before each test. */
    private void begin(LocalDate today) {
        clock.setToday(today);
        committee = Fixtures.committee();
        sector = Fixtures.sector(committee);
    }

    private long member() {
        return Fixtures.member(committee, sector);
    }

    private long platform(long township) {
        return Fixtures.platform(committee, township);
    }

    private long studio(long township, long platform) {
        Map<String, Object> fields = Fixtures.studioFields(committee, township);
        fields.put("platformId", platform);
        return Fixtures.create("/api/v1/studios", fields);
    }

    /** A visit of {@code kind} on the day, 09:00–10:00, at the studio or platform if given. */
    private void visit(String kind, String date, long township, Long studio, Long platform, int people, long... members) {
        Map<String, Object> fields = Fixtures.visitFields(committee, township, members);
        fields.put("kind", kind);
        fields.put("date", date);
        fields.put("peopleReceived", people);
        if (studio != null) {
            fields.put("studioId", studio);
        }
        if (platform != null) {
            fields.put("platformId", platform);
        }
        Fixtures.create("/api/v1/visits", fields);
    }

    private void activity(String kind, String date, long member) {
        Map<String, Object> fields = Fixtures.activityFields(committee, member);
        fields.put("kind", kind);
        fields.put("date", date);
        Fixtures.create("/api/v1/activities", fields);
    }

    /** A consultation on the day at the platform, or at the studio (and so its platform) when the platform is null. */
    private void consultation(String date, long township, Long platform, Long studio, long member) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("committeeId", committee);
        fields.put("kind", "QUARTERLY");
        fields.put("date", date);
        fields.put("townshipId", township);
        if (platform != null) {
            fields.put("platformId", platform);
        }
        if (studio != null) {
            fields.put("studioId", studio);
        }
        fields.put("topic", Fixtures.unique("社区停车难协商"));
        fields.put("members", List.of(Map.of("memberId", member, "attendance", "PRESENT")));
        Fixtures.create("/api/v1/consultations", fields);
    }

    private JsonPath summary(Map<String, Object> period) {
        return given().queryParam("committeeId", committee).queryParams(period).when().get(SUMMARY).then()
                .statusCode(200).extract().jsonPath();
    }

    private static Long value(JsonPath report, String path, String key) {
        Number value = report.get(path + ".find { it.key == '" + key + "' }.value");
        return value == null ? null : value.longValue();
    }

    /** Every figure of the summary or of every row of the breakdown equals its drill-down's list. */
    private static void drillsDown(JsonPath report, String path) {
        for (Map<String, Object> figure : report.<Map<String, Object>>getList(path)) {
            DrillDowns.check(figure, 0, () -> given());
        }
    }

    @Test
    void theStudiosPeopleTheHouseholdVisitsMembersAndTheResearchReportsOfAQuarter() {
        begin(TODAY);
        long east = Fixtures.township(committee);
        long west = Fixtures.township(committee);
        long eastPlatform = platform(east);
        long first = studio(east, eastPlatform);
        long second = studio(east, eastPlatform);
        long westStudio = studio(west, platform(west));
        long wang = member();
        long li = member();
        long zhao = member();
        // Reception days on the quarter's first and last days count; those just outside it do not.
        visit("RECEPTION_DAY", "2026-07-01", east, first, null, 12, wang, li);
        visit("RECEPTION_DAY", "2026-09-30", east, second, null, 20, zhao);
        visit("RECEPTION_DAY", "2026-06-30", east, first, null, 9, wang);
        visit("RECEPTION_DAY", "2026-10-01", west, westStudio, null, 7, li);
        // Household visits count their members, not their people; an inspection at the platform counts in neither.
        visit("HOUSEHOLD", "2026-08-10", east, null, null, 4, wang, li, zhao);
        visit("HOUSEHOLD", "2026-09-30", west, null, null, 3, wang, li);
        visit("HOUSEHOLD", "2026-10-01", west, null, null, 2, zhao);
        visit("INSPECTION", "2026-08-12", east, null, eastPlatform, 30, wang, li);
        activity("RESEARCH", "2026-07-01", wang);
        activity("RESEARCH", "2026-09-30", li);
        activity("TRAINING", "2026-08-01", zhao);
        activity("RESEARCH", "2026-10-01", zhao);

        JsonPath quarter = summary(Map.of("year", 2026, "quarter", 3));
        assertEquals(2, value(quarter, "figures", "ACTIVE_STUDIOS"));
        assertEquals(32, value(quarter, "figures", "STUDIO_PEOPLE_RECEIVED"));
        assertEquals(5, value(quarter, "figures", "HOUSEHOLD_MEMBER_VISITS"));
        assertEquals(2, value(quarter, "figures", "RESEARCH_REPORTS"));
        assertEquals(5, value(quarter, "figures", "VISITS"));
        assertEquals(12 + 20 + 4 + 3 + 30, value(quarter, "figures", "PEOPLE_RECEIVED"));
        assertEquals(3, value(quarter, "figures", "ACTIVITIES"));
        // The quarter before and the same quarter a year before, each as its own summary gives it.
        assertEquals(9L, ((Number) quarter.get("figures.find { it.key == 'STUDIO_PEOPLE_RECEIVED' }.previousValue"))
                .longValue());
        drillsDown(quarter, "figures");
        assertEquals("2026年第三季度，测试市政协 2 个委员工作室接待群众 32 人次，委员走访群众 5 人次；撰写调研报告 2 篇。",
                quarter.getString("text"));
        given().queryParams("committeeId", committee, "from", "2026-07-01", "to", "2026-09-30", "kind", "RECEPTION_DAY")
                .when().get("/api/v1/visits").then()
                .body("total", equalTo(2)).body("peopleReceived", equalTo(32));

        // By township the rows add up, each with its own paragraph; by studio each studio's reception days.
        JsonPath townships = given().queryParam("committeeId", committee).queryParams("year", 2026, "quarter", 3,
                "by", "TOWNSHIP").when().get(BREAKDOWN).then().statusCode(200).extract().jsonPath();
        String eastRow = "rows.find { it.slice.id == " + east + " }";
        String westRow = "rows.find { it.slice.id == " + west + " }";
        assertEquals(32, value(townships, eastRow + ".figures", "STUDIO_PEOPLE_RECEIVED"));
        assertEquals(2, value(townships, eastRow + ".figures", "ACTIVE_STUDIOS"));
        assertEquals(3, value(townships, eastRow + ".figures", "HOUSEHOLD_MEMBER_VISITS"));
        assertEquals(0, value(townships, westRow + ".figures", "STUDIO_PEOPLE_RECEIVED"));
        assertEquals(2, value(townships, westRow + ".figures", "HOUSEHOLD_MEMBER_VISITS"));
        assertNull(value(townships, eastRow + ".figures", "RESEARCH_REPORTS"), "research is not by township");
        String eastName = townships.getString(eastRow + ".slice.name");
        assertEquals("2026年第三季度，" + eastName + " 2 个委员工作室接待群众 32 人次，委员走访群众 3 人次。",
                townships.getString(eastRow + ".text"));
        for (int r = 0; r < townships.getList("rows").size(); r++) {
            drillsDown(townships, "rows[" + r + "].figures");
        }
        JsonPath studios = given().queryParam("committeeId", committee).queryParams("year", 2026, "quarter", 3,
                "by", "STUDIO").when().get(BREAKDOWN).then().statusCode(200).extract().jsonPath();
        String firstRow = "rows.find { it.slice.id == " + first + " }";
        assertEquals(12, value(studios, firstRow + ".figures", "STUDIO_PEOPLE_RECEIVED"));
        assertEquals(20, value(studios, "rows.find { it.slice.id == " + second + " }.figures", "STUDIO_PEOPLE_RECEIVED"));
        assertEquals("2026年第三季度，" + studios.getString(firstRow + ".slice.name") + "接待群众 12 人次。",
                studios.getString(firstRow + ".text"));
        for (int r = 0; r < studios.getList("rows").size(); r++) {
            drillsDown(studios, "rows[" + r + "].figures");
        }
    }

    @Test
    void aQuartersGapsArePlatformsWithoutAConsultationInItOnceItIsOver() {
        begin(TODAY);
        long east = Fixtures.township(committee);
        long west = Fixtures.township(committee);
        long north = Fixtures.township(committee);
        long eastPlatform = platform(east);
        long eastStudio = studio(east, eastPlatform);
        long westPlatform = platform(west);
        long northPlatform = platform(north);
        long wang = member();
        // At the studio on the quarter's last day: it counts for the studio's platform, in that quarter.
        consultation("2026-09-30", east, null, eastStudio, wang);
        consultation("2026-07-01", west, westPlatform, null, wang);
        // The north platform met the day before the quarter began and the day after it ended: a gap.
        consultation("2026-06-30", north, northPlatform, null, wang);
        consultation("2026-10-01", north, northPlatform, null, wang);

        JsonPath third = summary(Map.of("year", 2026, "quarter", 3));
        assertEquals(1, value(third, "figures", "CONSULTATION_GAPS"));
        assertEquals(2, value(third, "figures", "CONSULTATIONS"));
        assertEquals(Map.of("year", "2026", "quarter", "3", "committeeId", String.valueOf(committee), "gapsOnly", "true"),
                third.getMap("figures.find { it.key == 'CONSULTATION_GAPS' }.drillDown.query"));
        drillsDown(third, "figures");
        given().queryParams("year", 2026, "quarter", 3, "committeeId", committee, "gapsOnly", true).when().get(COMPLIANCE)
                .then().statusCode(200).body("quarter", equalTo(3)).body("gaps", equalTo(1)).body("dueNow", equalTo(0))
                .body("items.platformId", contains((int) northPlatform))
                .body("items[0].quarters.quarter", contains(3)).body("items[0].quarters.state", contains("MISSED"));
        given().queryParams("year", 2026, "quarter", 3, "committeeId", committee).when().get(COMPLIANCE).then()
                .body("total", equalTo(3))
                .body("items.find { it.platformId == " + eastPlatform + " }.quarters[0].state", equalTo("HELD"));
        // The quarter under way has no gap yet, only platforms still to meet; the year's gaps are its quarters'.
        JsonPath fourth = summary(Map.of("year", 2026, "quarter", 4));
        assertEquals(0, value(fourth, "figures", "CONSULTATION_GAPS"));
        given().queryParams("year", 2026, "quarter", 4, "committeeId", committee).when().get(COMPLIANCE).then()
                .body("gaps", equalTo(0)).body("dueNow", equalTo(2));
        assertEquals(3 + 2 + 1, value(summary(Map.of("year", 2026)), "figures", "CONSULTATION_GAPS"));
        JsonPath quarters = given().queryParam("committeeId", committee).queryParams("year", 2026, "by", "QUARTER")
                .when().get(BREAKDOWN).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(3, 2, 1, 0), quarters.getList("rows.figures.flatten().findAll { it.key == 'CONSULTATION_GAPS' }.value"));
        for (int r = 0; r < 4; r++) {
            drillsDown(quarters, "rows[" + r + "].figures");
        }
        JsonPath townships = given().queryParam("committeeId", committee).queryParams("year", 2026, "quarter", 3,
                "by", "TOWNSHIP").when().get(BREAKDOWN).then().statusCode(200).extract().jsonPath();
        assertEquals(1, value(townships, "rows.find { it.slice.id == " + north + " }.figures", "CONSULTATION_GAPS"));
        assertEquals(0, value(townships, "rows.find { it.slice.id == " + east + " }.figures", "CONSULTATION_GAPS"));
        // The same days asked as dates are the quarter; a month or other days have no gaps to give.
        assertEquals(1, value(summary(Map.of("from", "2026-07-01", "to", "2026-09-30")), "figures", "CONSULTATION_GAPS"));
        assertNull(value(summary(Map.of("year", 2026, "month", 8)), "figures", "CONSULTATION_GAPS"));
        assertNull(value(summary(Map.of("from", "2026-07-02", "to", "2026-09-30")), "figures", "CONSULTATION_GAPS"));
        assertNull(value(summary(Map.of("from", "2026-07-01", "to", "2026-12-31")), "figures", "CONSULTATION_GAPS"));
        assertFieldError(Fixtures.broken().queryParams("year", 2026, "quarter", 5, "committeeId", committee)
                .when().get(COMPLIANCE).then(), "quarter");
    }

    @Test
    void onAQuartersLastDayItHasNoGapYetAndTheNextDayItHas() {
        begin(LocalDate.of(2026, 9, 30));
        long township = Fixtures.township(committee);
        platform(township);
        JsonPath lastDay = summary(Map.of("year", 2026, "quarter", 3));
        assertEquals(0, value(lastDay, "figures", "CONSULTATION_GAPS"));
        given().queryParams("year", 2026, "quarter", 3, "committeeId", committee).when().get(COMPLIANCE).then()
                .body("gaps", equalTo(0)).body("dueNow", equalTo(1)).body("items[0].quarters.state", contains("DUE"));
        clock.setToday(LocalDate.of(2026, 10, 1));
        assertEquals(1, value(summary(Map.of("year", 2026, "quarter", 3)), "figures", "CONSULTATION_GAPS"));
        JsonPath empty = summary(Map.of("year", 2026, "quarter", 4));
        assertEquals("2026年第四季度，测试市政协尚无委员工作室接待、走访群众、轮值履职、社情民意、协商、提案和调研报告的记录。",
                empty.getString("text"));
    }
}
