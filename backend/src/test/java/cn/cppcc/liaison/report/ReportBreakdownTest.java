package cn.cppcc.liaison.report;

import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cppcc.liaison.demo.DemoData;
import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The figures by month, quarter, township, platform, studio, category, group, sector and member over the demo
 * committees: each row's figure equals its drill-down's list, and the rows of what can be summed add up to the whole
 * committee's figure.
 */
@QuarkusTest
class ReportBreakdownTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    /** Counted once each, whatever the row: a part of the period, a township, a category… */
    private static final List<String> ADDITIVE_OVER_TIME = List.of("VISITS", "PEOPLE_RECEIVED", "MEMBERS_PRESENT",
            "STUDIO_PEOPLE_RECEIVED", "HOUSEHOLD_MEMBER_VISITS", "DUTY_DONE", "DUTY_MISSED", "OPINIONS_COLLECTED",
            "OPINIONS_ACCEPTED", "OPINIONS_SOLVED", "CONSULTATIONS", "OUTCOMES_AGREED", "PROPOSALS_FILED",
            "PROPOSALS_ANSWERED", "ACTIVITIES", "PEOPLE_REACHED", "RESEARCH_REPORTS");

    @Inject
    DemoData demo;

    @Inject
    OfficeClock clock;

    @Test
    void everyRowDrillsDownToItsListAndTheRowsAddUpToTheWhole() {
        clock.setToday(TODAY);
        assertTrue(demo.load());
        long committee = given().queryParam("q", "岳塘区第五届").when().get("/api/v1/committees").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        JsonPath whole = given().queryParam("committeeId", committee).queryParam("year", 2025)
                .when().get("/api/v1/reports/summary").then().statusCode(200).extract().jsonPath();
        // A year's 一季一协商 gaps are its quarters'; each studio's reception days are its own.
        List<String> quarters = new ArrayList<>(ADDITIVE_OVER_TIME);
        quarters.add("CONSULTATION_GAPS");
        Map<String, List<String>> sums = Map.of(
                "MONTH", ADDITIVE_OVER_TIME, "QUARTER", quarters,
                "TOWNSHIP", List.of("VISITS", "PEOPLE_RECEIVED", "STUDIO_PEOPLE_RECEIVED", "HOUSEHOLD_MEMBER_VISITS",
                        "ACTIVE_STUDIOS", "OPINIONS_COLLECTED", "OPINIONS_SOLVED", "CONSULTATIONS", "CONSULTATION_GAPS"),
                "CATEGORY", List.of("OPINIONS_COLLECTED", "OPINIONS_ACCEPTED", "OPINIONS_SOLVED"),
                "PLATFORM", List.of("DUTY_DONE", "DUTY_MISSED"), "STUDIO", List.of("STUDIO_PEOPLE_RECEIVED"),
                "GROUP", List.of(),
                // A turn has one member and a member one sector: by sector, turns and 挂牌委员 add up.
                "SECTOR", List.of("DUTY_DONE", "DUTY_MISSED", "INACTIVE_MEMBERS"));
        for (Map.Entry<String, List<String>> by : sums.entrySet()) {
            JsonPath breakdown = given().queryParam("committeeId", committee).queryParam("year", 2025)
                    .queryParam("by", by.getKey()).when().get("/api/v1/reports/breakdown").then().statusCode(200)
                    .extract().jsonPath();
            List<Map<String, Object>> rows = breakdown.getList("rows");
            assertTrue(!rows.isEmpty(), by.getKey());
            if (by.getKey().equals("MONTH")) {
                assertEquals(12, rows.size());
                assertEquals("2025年1月", breakdown.getString("rows[0].slice.name"));
            }
            if (by.getKey().equals("QUARTER")) {
                assertEquals(List.of("2025年第一季度", "2025年第二季度", "2025年第三季度", "2025年第四季度"),
                        breakdown.getList("rows.slice.name"));
            }
            for (int r = 0; r < rows.size(); r++) {
                // Each row's paragraph: of its part of the year, or of the year for its township, studio…
                String text = breakdown.getString("rows[" + r + "].text");
                String label = by.getKey().equals("MONTH") || by.getKey().equals("QUARTER")
                        ? breakdown.getString("rows[" + r + "].slice.name") + "，岳塘区政协"
                        : "2025年，" + breakdown.getString("rows[" + r + "].slice.name");
                assertTrue(text.startsWith(label) && text.endsWith("。"), text);
            }
            drillsDown(breakdown, by.getKey());
            for (String key : by.getValue()) {
                long summed = 0;
                for (int r = 0; r < rows.size(); r++) {
                    Number value = breakdown.get("rows[" + r + "].figures.find { it.key == '" + key + "' }.value");
                    summed += value.longValue();
                }
                assertEquals(whole.getLong("figures.find { it.key == '" + key + "' }.value"), summed,
                        key + " summed over " + by.getKey());
            }
        }
        // A visit counts once for each sector one of its members is of: together at least the committee's.
        JsonPath sectors = given().queryParam("committeeId", committee).queryParam("year", 2025)
                .queryParam("by", "SECTOR").when().get("/api/v1/reports/breakdown").then().statusCode(200)
                .extract().jsonPath();
        long visits = sectors.<Integer>getList("rows.figures.flatten().findAll { it.key == 'VISITS' }.value").stream()
                .mapToLong(Integer::longValue).sum();
        assertTrue(visits >= whole.getLong("figures.find { it.key == 'VISITS' }.value"), "visits by sector " + visits);
        // The members in office in 2025, a page at a time: the first page drills down, the last holds the rest.
        JsonPath first = members(committee, 1);
        long total = first.getLong("total");
        assertTrue(total > 150, "岳塘区's members in office in 2025: " + total);
        assertEquals(MEMBER_PAGE, first.getList("rows").size());
        drillsDown(first, "MEMBER page 1");
        int pages = (int) ((total + MEMBER_PAGE - 1) / MEMBER_PAGE);
        assertEquals(total - (long) (pages - 1) * MEMBER_PAGE, members(committee, pages).getList("rows").size());
        assertEquals(0, members(committee, pages + 1).getList("rows").size());
    }

    private static final int MEMBER_PAGE = 25;

    private static JsonPath members(long committee, int page) {
        return given().queryParam("committeeId", committee).queryParam("year", 2025).queryParam("by", "MEMBER")
                .queryParam("page", page).queryParam("size", MEMBER_PAGE).when().get("/api/v1/reports/breakdown")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Every figure of every row equals what its drill-down's list gives. */
    private static void drillsDown(JsonPath breakdown, String what) {
        List<Map<String, Object>> rows = breakdown.getList("rows");
        for (int r = 0; r < rows.size(); r++) {
            List<Map<String, Object>> figures = breakdown.getList("rows[" + r + "].figures");
            assertTrue(!figures.isEmpty(), what + " row " + r);
            Number solved = breakdown.get("rows[" + r + "].figures.find { it.key == 'OPINIONS_SOLVED' }.value");
            for (Map<String, Object> figure : figures) {
                DrillDowns.check(figure, solved == null ? 0 : solved.longValue(), () -> given());
            }
        }
    }

    @Test
    void aBreakdownNamesWhatItIsBy() {
        clock.setToday(TODAY);
        assertFieldError(Fixtures.broken().queryParam("committeeId", Fixtures.committee()).queryParam("year", 2026)
                .when().get("/api/v1/reports/breakdown").then(), "by");
    }
}
