package cn.cppcc.liaison.duty;

import static cn.cppcc.liaison.support.FigureChecks.period;
import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.support.FigureChecks;
import cn.cppcc.liaison.support.Fixtures;
import cn.cppcc.liaison.support.Pages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 轮值 履职 / 缺勤 / 逾期未记录 count the turns of the months in the period: the list's {@code total} with
 * {@code figure=} is the figure for every filter and period, and {@code overdue=} is 逾期未记录 today.
 */
@QuarkusTest
class DutyTurnFiguresTest {

    private static final String TURNS = "/api/v1/duty-turns";
    private static final LocalDate QUARTER_END = LocalDate.of(2026, 3, 31);
    private static final List<String> FIGURES = List.of("DONE", "MISSED", "UNRECORDED");

    @Inject
    OfficeClock clock;

    private final Map<String, Long> ids = new HashMap<>();
    private long committee;
    private long otherCommittee;
    private long platform;
    private long wang;

    @Test
    void eachFigureCountsTheTurnsOfTheMonthsInThePeriod() {
        build();
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        expected.put("", List.of(4, 2, 2));
        // December's turn left unrecorded is outside the quarter; March's is not over yet.
        expected.put("2026-01-01/2026-03-31", List.of(4, 2, 1));
        // February's unrecorded turn was not overdue on 2月28日: its month had not ended.
        expected.put("2026-02-01/2026-02-28", List.of(2, 0, 0));
        expected.put("2026-03-01/", List.of(1, 0, 0));
        expected.put("/2026-02-28", List.of(3, 2, 1));
        expected.put("2026-03-15/2026-06-30", List.of(1, 0, 0));
        // From mid-January to 3月10日: January to March, judged on 3月10日.
        expected.put("2026-01-15/2026-03-10", List.of(4, 2, 1));
        FigureChecks.totals(TURNS, FIGURES, expected);
        // A period alone lists the turns of its months, whatever their state.
        assertEquals(8, Pages.total(TURNS, period("2026-01-01/2026-03-31")));
        assertEquals(3, Pages.total(TURNS, period("2026-03-20/")));
        given().queryParams(Map.of("figure", "MISSED", "from", "2026-01-01", "to", "2026-01-31"))
                .when().get(TURNS).then().statusCode(200)
                .body("items.id", containsInAnyOrder(id("t2"), id("t9")));
    }

    @Test
    void overdueIsUnrecordedToday() {
        build();
        given().queryParam("overdue", true).when().get(TURNS).then().statusCode(200)
                .body("items.id", containsInAnyOrder(id("t3"), id("t7")))
                .body("items.overdue", everyItem(equalTo(true)));
        assertEquals(Pages.total(TURNS, Map.of("figure", "UNRECORDED")), Pages.total(TURNS, Map.of("overdue", true)));
        assertEquals(8, Pages.total(TURNS, Map.of("overdue", false)));
        // On 4月1日 March is over: its unrecorded turn joins the list, by the same rule.
        clock.setToday(LocalDate.of(2026, 4, 1));
        given().queryParam("overdue", true).when().get(TURNS).then().statusCode(200)
                .body("items.id", containsInAnyOrder(id("t3"), id("t6"), id("t7")));
        assertEquals(3, Pages.total(TURNS, Map.of("figure", "UNRECORDED")));
        given().when().get(TURNS + "/" + id("t6")).then().body("overdue", equalTo(true));
    }

    @Test
    void everyFigureEqualsItsDefinitionForEveryFilterAndPeriod() {
        build();
        Map<String, Map<String, Object>> filters = new LinkedHashMap<>();
        filters.put("无筛选", Map.of());
        filters.put("政协", Map.of("committeeId", committee));
        filters.put("另一政协", Map.of("committeeId", otherCommittee));
        filters.put("平台", Map.of("platformId", platform));
        filters.put("委员", Map.of("memberId", wang));
        filters.put("年份", Map.of("year", 2026));
        filters.put("年月", Map.of("year", 2026, "month", 2));
        filters.put("已排班", Map.of("status", "SCHEDULED"));
        filters.put("已履职", Map.of("status", "DONE"));
        filters.put("逾期", Map.of("overdue", true));
        filters.put("未逾期", Map.of("overdue", false));
        List<String> periods = List.of("", "2026-01-01/2026-03-31", "2026-02-01/2026-02-28", "2026-03-01/",
                "/2026-02-28", "2026-03-15/2026-06-30", "2026-01-15/2026-03-10");
        int nonZero = FigureChecks.everyFilterPeriodAndFigure(TURNS, filters, periods, FIGURES,
                DutyTurnFiguresTest::expected);
        assertTrue(nonZero > 60, "figures that are not zero: " + nonZero);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertFieldError(given().queryParams(Map.of("figure", "DONE", "from", "2026-03-01", "to", "2026-02-01"))
                .when().get(TURNS).then(), "to");
    }

    /** The figure counted over the listed turns by DOMAIN.md's words, independently of the service. */
    private static long expected(String figure, List<Map<String, Object>> items, String period) {
        LocalDate from = FigureChecks.from(period);
        LocalDate to = FigureChecks.to(period);
        YearMonth endMonth = YearMonth.from(to == null || to.isAfter(QUARTER_END) ? QUARTER_END : to);
        return items.stream().filter(t -> {
            YearMonth month = YearMonth.parse((String) t.get("month"));
            boolean inPeriod = (from == null || !month.isBefore(YearMonth.from(from)))
                    && (to == null || !month.atDay(1).isAfter(to));
            String status = (String) t.get("status");
            return inPeriod && switch (figure) {
                case "DONE" -> status.equals("DONE");
                case "MISSED" -> status.equals("MISSED");
                case "UNRECORDED" -> status.equals("SCHEDULED") && month.isBefore(endMonth);
                default -> throw new IllegalArgumentException(figure);
            };
        }).count();
    }


    private int id(String name) {
        return ids.get(name).intValue();
    }

    /**
     * Two platforms' turns from December to April, recorded on the days things happened: done, missed, left
     * unrecorded (December's and February's), March's not yet due, April's to come; and another committee's
     * January turn recorded done, undone by the office and recorded missed, and its February turn recorded in March.
     */
    private void build() {
        on(2025, 12, 1);
        committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        long township = Fixtures.township(committee);
        platform = Fixtures.platform(committee, township);
        long second = Fixtures.platform(committee, Fixtures.township(committee));
        wang = Fixtures.member(committee, sector);
        long li = Fixtures.member(committee, sector);
        long zhao = Fixtures.member(committee, sector);
        long chen = Fixtures.member(committee, sector);
        otherCommittee = Fixtures.committee();
        long otherSector = Fixtures.sector(otherCommittee);
        long otherPlatform = Fixtures.platform(otherCommittee, Fixtures.township(otherCommittee));
        long zhou = Fixtures.member(otherCommittee, otherSector);
        long yi = Fixtures.member(otherCommittee, otherSector);
        ids.put("t7", turn(platform, chen, "2025-12"));
        ids.put("t1", turn(platform, wang, "2026-01"));
        ids.put("t2", turn(second, li, "2026-01"));
        ids.put("t3", turn(platform, li, "2026-02"));
        ids.put("t4", turn(second, wang, "2026-02"));
        ids.put("t5", turn(platform, zhao, "2026-03"));
        ids.put("t6", turn(second, chen, "2026-03"));
        ids.put("t8", turn(platform, wang, "2026-04"));
        ids.put("t9", turn(otherPlatform, zhou, "2026-01"));
        ids.put("t10", turn(otherPlatform, yi, "2026-02"));
        on(2026, 1, 28);
        record("t1", Map.of("outcome", "DONE", "policyExplained", true, "peopleReached", 20));
        on(2026, 2, 3);
        record("t2", Map.of("outcome", "MISSED", "missedReason", "外出学习"));
        on(2026, 2, 10);
        record("t9", Map.of("outcome", "DONE"));
        on(2026, 2, 12);
        record("t9", Map.of("outcome", "SCHEDULED"));
        on(2026, 2, 26);
        record("t4", Map.of("outcome", "DONE", "opinionsCollected", 2));
        on(2026, 3, 1);
        record("t10", Map.of("outcome", "DONE"));
        on(2026, 3, 5);
        record("t9", Map.of("outcome", "MISSED", "missedReason", "因病请假"));
        on(2026, 3, 30);
        record("t5", Map.of("outcome", "DONE", "eventsHeld", 1));
        clock.setToday(QUARTER_END);
    }

    private void on(int year, int month, int day) {
        clock.setToday(LocalDate.of(year, month, day));
    }

    private static long turn(long platform, long member, String month) {
        return Fixtures.create(TURNS, Map.of("platformId", platform, "memberId", member, "month", month));
    }

    private void record(String turn, Map<String, Object> body) {
        given().contentType(ContentType.JSON).body(body).when().post(TURNS + "/" + ids.get(turn) + "/record")
                .then().statusCode(200);
    }
}
