package cn.cppcc.liaison.proposal;

import static cn.cppcc.liaison.support.FigureChecks.period;
import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.support.FigureChecks;
import cn.cppcc.liaison.support.Fixtures;
import cn.cppcc.liaison.support.Pages;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 提案 提交 / 立案 / 答复 count what happened in the period — filed, accepted as a case, answered — not the
 * proposals recorded in it: the list's {@code total} with {@code figure=} is the figure for every filter and period.
 */
@QuarkusTest
class ProposalFiguresTest {

    private static final String PROPOSALS = "/api/v1/proposals";
    private static final LocalDate QUARTER_END = LocalDate.of(2026, 3, 31);
    private static final List<String> FIGURES = List.of("FILED", "ACCEPTED", "ANSWERED");

    @Inject
    OfficeClock clock;

    private final Map<String, Long> ids = new HashMap<>();
    private long committee;
    private long otherCommittee;
    private long wang;

    @Test
    void eachFigureCountsWhatHappenedInThePeriod() {
        build();
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        expected.put("", List.of(7, 5, 3));
        expected.put("2026-01-01/2026-03-31", List.of(5, 5, 3));
        expected.put("2026-02-01/2026-02-28", List.of(2, 1, 1));
        expected.put("2026-03-01/", List.of(1, 2, 2));
        expected.put("/2026-02-28", List.of(6, 3, 1));
        expected.put("2026-03-15/2026-06-30", List.of(0, 1, 2));
        // p7, filed in November but recorded and accepted in March, counts as filed in 2025 and accepted in 2026.
        expected.put("2025-01-01/2025-12-31", List.of(2, 0, 0));
        FigureChecks.totals(PROPOSALS, FIGURES, expected);
        given().queryParams(Map.of("figure", "ACCEPTED", "from", "2026-03-01", "to", "2026-03-31"))
                .when().get(PROPOSALS).then().statusCode(200)
                .body("items.id", containsInAnyOrder(id("p3"), id("p7")));
        // year stays the filing year: of the proposals filed in 2025, the one answered in 2026.
        given().queryParams(Map.of("year", 2025, "figure", "ANSWERED", "from", "2026-01-01"))
                .when().get(PROPOSALS).then().statusCode(200).body("items.id", containsInAnyOrder(id("p6")));
        // Without a figure the period dates the filing, as before.
        assertEquals(2, Pages.total(PROPOSALS, period("2026-02-01/2026-02-28")));
    }

    @Test
    void theDayOfAcceptanceIsKeptThroughAnsweringAndClosing() {
        build();
        given().when().get(PROPOSALS + "/" + id("p1")).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("acceptedOn", equalTo("2026-01-12"))
                .body("answeredOn", equalTo("2026-02-09"));
        given().when().get(PROPOSALS + "/" + id("p4")).then().body("status", equalTo("NOT_ACCEPTED"))
                .body("acceptedOn", equalTo(null));
        given().when().get(PROPOSALS + "/" + id("p5")).then().body("acceptedOn", equalTo(null));
    }

    @Test
    void everyFigureEqualsItsDefinitionForEveryFilterAndPeriod() {
        build();
        Map<String, Map<String, Object>> filters = new LinkedHashMap<>();
        filters.put("无筛选", Map.of());
        filters.put("政协", Map.of("committeeId", committee));
        filters.put("另一政协", Map.of("committeeId", otherCommittee));
        for (String status : List.of("FILED", "ACCEPTED", "NOT_ACCEPTED", "ANSWERED", "CLOSED")) {
            filters.put("状态 " + status, Map.of("status", status));
        }
        filters.put("类别", Map.of("category", "ECONOMY"));
        filters.put("委员", Map.of("memberId", wang));
        filters.put("2026 年提交", Map.of("year", 2026));
        filters.put("2025 年提交", Map.of("year", 2025));
        filters.put("文字", Map.of("q", "道路"));
        List<String> periods = List.of("", "2026-01-01/2026-03-31", "2026-02-01/2026-02-28", "2026-03-01/",
                "/2026-02-28", "2026-03-15/2026-06-30", "2025-01-01/2025-12-31");
        int nonZero = FigureChecks.everyFilterPeriodAndFigure(PROPOSALS, filters, periods, FIGURES,
                ProposalFiguresTest::expected);
        assertTrue(nonZero > 80, "figures that are not zero: " + nonZero);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertFieldError(given().queryParams(Map.of("figure", "ANSWERED", "from", "2026-03-01", "to", "2026-02-01"))
                .when().get(PROPOSALS).then(), "to");
    }

    /** The figure counted over the listed proposals by DOMAIN.md's words, independently of the service. */
    private static long expected(String figure, List<Map<String, Object>> items, String period) {
        LocalDate from = FigureChecks.from(period);
        LocalDate to = FigureChecks.to(period);
        String field = switch (figure) {
            case "FILED" -> "filedOn";
            case "ACCEPTED" -> "acceptedOn";
            case "ANSWERED" -> "answeredOn";
            default -> throw new IllegalArgumentException(figure);
        };
        return items.stream().map(p -> (String) p.get(field)).filter(day -> day != null)
                .map(LocalDate::parse)
                .filter(day -> (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to)))
                .count();
    }


    private int id(String name) {
        return ids.get(name).intValue();
    }

    /**
     * Proposals handled on the days things happened: filed, accepted (立案), answered with the unit's date, closed,
     * one not accepted, one still filed, one of another committee filed in December, and one filed in November
     * but recorded and accepted only in March.
     */
    private void build() {
        on(2025, 12, 28);
        otherCommittee = Fixtures.committee();
        long otherMember = Fixtures.member(otherCommittee, Fixtures.sector(otherCommittee));
        ids.put("p6", proposal(otherCommittee, otherMember, "关于老旧小区加装电梯的提案", "SOCIETY", "2025-12-28"));
        on(2026, 1, 5);
        committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        wang = Fixtures.member(committee, sector);
        long li = Fixtures.member(committee, sector);
        long zhao = Fixtures.member(committee, sector);
        ids.put("p1", proposal(committee, wang, "关于加快铁力大米品牌建设的提案", "ECONOMY", "2026-01-05", li));
        on(2026, 1, 6);
        accept("p6", "2026-001");
        on(2026, 1, 12);
        accept("p1", "2026-002");
        on(2026, 1, 20);
        ids.put("p2", proposal(committee, li, "关于修缮王杨乡通村道路的提案", "SOCIETY", "2026-01-20"));
        on(2026, 2, 3);
        accept("p2", "2026-003");
        on(2026, 2, 10);
        answer("p1", "2026-02-09");
        on(2026, 2, 14);
        ids.put("p3", proposal(committee, zhao, "关于保护呼兰河上游水源地的提案", "ECOLOGY", "2026-02-14", wang));
        on(2026, 2, 20);
        ids.put("p4", proposal(committee, wang, "关于调整个人宅基地纠纷的建议", "OTHER", "2026-02-20"));
        on(2026, 2, 25);
        change("p4", Map.of("status", "NOT_ACCEPTED", "reason", "属于个人诉求，建议通过社情民意渠道反映"));
        on(2026, 3, 2);
        accept("p3", "2026-004");
        on(2026, 3, 3);
        change("p1", Map.of("status", "CLOSED"));
        on(2026, 3, 10);
        ids.put("p5", proposal(committee, li, "关于加强农村文化活动广场建设的提案", "CULTURE", "2026-03-10"));
        on(2026, 3, 20);
        answer("p2", "2026-03-18");
        on(2026, 3, 25);
        ids.put("p7", proposal(committee, wang, "关于发展林下经济的提案", "ECONOMY", "2025-11-20"));
        accept("p7", "2026-005");
        on(2026, 3, 30);
        answer("p6", "2026-03-30");
        clock.setToday(QUARTER_END);
    }

    private void on(int year, int month, int day) {
        clock.setToday(LocalDate.of(year, month, day));
    }

    private long proposal(long committeeId, long lead, String title, String category, String filedOn,
            long... coSigners) {
        Map<String, Object> fields = Fixtures.proposalFields(committeeId, lead, coSigners);
        fields.put("title", Fixtures.unique(title));
        fields.put("category", category);
        fields.put("filedOn", filedOn);
        return Fixtures.create(PROPOSALS, fields);
    }

    private void accept(String proposal, String caseNumber) {
        change(proposal, Map.of("status", "ACCEPTED", "caseNumber", caseNumber, "handlingUnit", "测试市农业农村局"));
    }

    private void answer(String proposal, String answeredOn) {
        change(proposal, Map.of("status", "ANSWERED", "answeredOn", answeredOn, "answer", "已研究办理，列入年度工作计划。"));
    }

    private void change(String proposal, Map<String, Object> change) {
        ProposalResourceTest.changeStatus(ids.get(proposal), change).statusCode(200);
    }
}
