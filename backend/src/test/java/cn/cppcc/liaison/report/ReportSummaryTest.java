package cn.cppcc.liaison.report;

import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cppcc.liaison.demo.DemoData;
import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.Role;
import cn.cppcc.liaison.support.Auth;
import cn.cppcc.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The summary report over the demo committees (every kind of record along its whole life): each figure, for
 * every period form, equals the total or sum of the list its drill-down names, for the office and for a
 * reporting script alike.
 */
@QuarkusTest
class ReportSummaryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final String SUMMARY = "/api/v1/reports/summary";

    @Inject
    DemoData demo;

    @Inject
    OfficeClock clock;

    private static long committee(String name) {
        return given().queryParam("q", name).when().get("/api/v1/committees").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
    }

    /** Every figure of a summary equals what its drill-down's list gives, asked as {@code as} asks (the same caller). */
    private static void drillsDown(JsonPath summary, Supplier<RequestSpecification> as) {
        List<Map<String, Object>> figures = summary.getList("figures");
        long solved = summary.getLong("figures.find { it.key == 'OPINIONS_SOLVED' }.value");
        LocalDate from = LocalDate.parse(summary.getString("period.from"));
        LocalDate to = LocalDate.parse(summary.getString("period.to"));
        boolean wholeYear = from.getDayOfYear() == 1 && to.equals(from.withMonth(12).withDayOfMonth(31));
        boolean quarter = from.getDayOfMonth() == 1 && from.getMonthValue() % 3 == 1
                && to.equals(from.plusMonths(3).minusDays(1));
        assertEquals(28 + (solved > 0 ? 2 : 0) + (wholeYear || quarter ? 1 : 0), figures.size(),
                "every figure of the report, 办理时长 once something is solved, 一季一协商 for a whole year or quarter");
        for (Map<String, Object> figure : figures) {
            DrillDowns.check(figure, solved, as);
        }
    }

    @Test
    void everyFigureOfEveryPeriodEqualsTheListItsDrillDownNames() {
        clock.setToday(TODAY);
        assertTrue(demo.load());
        for (String name : List.of("铁力市第九届", "岳塘区第五届")) {
            long committee = committee(name);
            List<Map<String, Object>> periods = List.of(Map.of("year", 2026), Map.of("year", 2025),
                    Map.of("year", 2026, "quarter", 3), Map.of("year", 2026, "month", 11),
                    Map.of("from", "2026-10-15", "to", "2026-12-04"));
            for (Map<String, Object> period : periods) {
                JsonPath summary = given().queryParam("committeeId", committee).queryParams(period).when().get(SUMMARY)
                        .then().statusCode(200).body("committeeId", equalTo((int) committee)).extract().jsonPath();
                drillsDown(summary, () -> given());
            }
            JsonPath year = given().queryParam("committeeId", committee).queryParam("year", 2025).when().get(SUMMARY)
                    .then().statusCode(200).body("period.label", equalTo("2025年"))
                    .body("period.asOf", equalTo("2025-12-31")).extract().jsonPath();
            for (String key : List.of("VISITS", "PEOPLE_RECEIVED", "STUDIO_PEOPLE_RECEIVED", "HOUSEHOLD_MEMBER_VISITS",
                    "DUTY_DONE", "OPINIONS_COLLECTED", "OPINIONS_SOLVED", "CONSULTATIONS", "CONSULTATION_GAPS",
                    "PROPOSALS_FILED", "ACTIVITIES", "RESEARCH_REPORTS", "INACTIVE_MEMBERS")) {
                assertTrue(year.getLong("figures.find { it.key == '" + key + "' }.value") > 0, key + " in 2025");
            }
            comparesWithThePeriodBeforeAndAYearAgo(committee, Map.of("year", 2026, "quarter", 3),
                    Map.of("year", 2026, "quarter", 2), Map.of("year", 2025, "quarter", 3));
            comparesWithThePeriodBeforeAndAYearAgo(committee, Map.of("year", 2026, "month", 3),
                    Map.of("year", 2026, "month", 2), Map.of("year", 2025, "month", 3));
            comparesWithThePeriodBeforeAndAYearAgo(committee, Map.of("from", "2026-10-15", "to", "2026-12-04"),
                    Map.of("from", "2026-08-25", "to", "2026-10-14"), Map.of("from", "2025-10-15", "to", "2025-12-04"));
            String text = year.getString("text");
            assertTrue(text.startsWith("2025年，" + name.substring(0, 3) + "政协 "), text);
            for (String[] quoted : new String[][] {{"ACTIVE_STUDIOS", " 个委员工作室接待群众 "},
                    {"STUDIO_PEOPLE_RECEIVED", " 人次，委员走访群众 "}, {"HOUSEHOLD_MEMBER_VISITS", " 人次"},
                    {"OPINIONS_COLLECTED", "收集社情民意 ", " 条"}, {"OPINIONS_SOLVED", "推动解决 ", " 个；"},
                    {"CONSULTATIONS", "开展基层协商 ", " 场（次）"}, {"PROPOSALS_FILED", "提出提案 ", " 件"},
                    {"RESEARCH_REPORTS", "撰写调研报告 ", " 篇。"}}) {
                long value = year.getLong("figures.find { it.key == '" + quoted[0] + "' }.value");
                String words = quoted.length == 3 ? quoted[1] + value + quoted[2] : value + quoted[1];
                assertTrue(text.contains(words), words + " in " + text);
            }
            String reporter = Auth.apiToken(Role.REPORTER, committee);
            JsonPath theirs = Auth.as(reporter).queryParam("year", 2026).queryParam("quarter", 4).when().get(SUMMARY)
                    .then().statusCode(200).body("period.label", equalTo("2026年第四季度"))
                    .body("period.asOf", equalTo("2026-12-04")).extract().jsonPath();
            drillsDown(theirs, () -> Auth.as(reporter));
        }
    }

    /** The summary's previous and year-ago values are the summaries of those periods, figure by figure. */
    private static void comparesWithThePeriodBeforeAndAYearAgo(long committee, Map<String, Object> period,
            Map<String, Object> before, Map<String, Object> yearAgo) {
        JsonPath now = summary(committee, period);
        JsonPath previous = summary(committee, before);
        JsonPath lastYear = summary(committee, yearAgo);
        assertEquals(previous.getString("period.from"), now.getString("previousPeriod.from"));
        assertEquals(previous.getString("period.to"), now.getString("previousPeriod.to"));
        assertEquals(lastYear.getString("period.from"), now.getString("yearAgoPeriod.from"));
        assertEquals(lastYear.getString("period.label"), now.getString("yearAgoPeriod.label"));
        for (Map<String, Object> figure : now.<Map<String, Object>>getList("figures")) {
            String key = "figures.find { it.key == '" + figure.get("key") + "' }.value";
            assertEquals(previous.get(key), figure.get("previousValue"), figure.get("key") + " before " + period);
            assertEquals(lastYear.get(key), figure.get("yearAgoValue"), figure.get("key") + " a year before " + period);
        }
    }

    private static JsonPath summary(long committee, Map<String, Object> period) {
        return given().queryParam("committeeId", committee).queryParams(period).when().get(SUMMARY).then()
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void aPeriodIsDatesOrAYearWithItsQuarterOrMonthAndAnotherCommitteeReadsAsMissing() {
        clock.setToday(TODAY);
        long committee = Fixtures.committee();
        given().queryParam("committeeId", committee).when().get(SUMMARY).then().statusCode(200)
                .body("period.from", equalTo("2026-01-01")).body("period.to", equalTo("2026-12-31"))
                .body("period.asOf", equalTo("2026-12-04")).body("figures.value.sum()", equalTo(0))
                .body("previousPeriod.label", equalTo("2025年"))
                .body("text", equalTo("2026年，测试市政协尚无委员工作室接待、走访群众、轮值履职、社情民意、协商、提案和调研报告的记录。"));
        given().queryParam("committeeId", committee).queryParam("year", 2024).queryParam("month", 2).when().get(SUMMARY)
                .then().statusCode(200).body("period.to", equalTo("2024-02-29")).body("period.label", equalTo("2024年2月"));
        assertFieldError(given().queryParam("committeeId", committee).queryParam("from", "2026-01-01").when()
                .get(SUMMARY).then(), "to");
        assertFieldError(given().queryParam("committeeId", committee).queryParam("from", "2026-03-01")
                .queryParam("to", "2026-02-01").when().get(SUMMARY).then(), "to");
        given().queryParam("committeeId", committee).queryParam("year", 2026).queryParam("quarter", 1)
                .queryParam("month", 2).queryParam("from", "2026-01-01").queryParam("to", "2026-02-01")
                .when().get(SUMMARY).then().statusCode(400).body("errors.field", hasItems("year", "month"));
        assertFieldError(given().queryParam("committeeId", committee).queryParam("quarter", 2).when().get(SUMMARY)
                .then(), "quarter");
        assertFieldError(given().when().get(SUMMARY).then(), "committeeId");
        String stranger = Auth.signedIn(Role.OFFICE, Fixtures.committee(), null, null);
        Auth.as(stranger).queryParam("committeeId", committee).when().get(SUMMARY).then().statusCode(404);
        String member = Auth.signedIn(Role.MEMBER, committee, Fixtures.member(committee, Fixtures.sector(committee)),
                null);
        Auth.as(member).when().get(SUMMARY).then().statusCode(403);
    }
}
