package cn.cppcc.liaison.consultation;

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
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 协商成果 议定 / 落实 / 逾期 count what happened in the period: the list's {@code total} with {@code figure=}
 * is the figure, for every filter of the list and every kind of period, and {@code overdue=} is the figure today.
 */
@QuarkusTest
class OutcomeFiguresTest {

    private static final String CONSULTATIONS = "/api/v1/consultations";
    private static final String OUTCOMES = "/api/v1/outcomes";
    private static final LocalDate QUARTER_END = LocalDate.of(2026, 3, 31);
    private static final List<String> FIGURES = List.of("AGREED", "IMPLEMENTED", "OVERDUE");

    @Inject
    OfficeClock clock;

    /** The day each consultation was held, which the outcome list does not show. */
    private final Map<Long, LocalDate> heldOn = new HashMap<>();
    private final Map<String, Long> ids = new HashMap<>();
    private long committee;
    private long otherCommittee;

    @Test
    void eachFigureCountsWhatHappenedInThePeriod() {
        build();
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        expected.put("", List.of(8, 3, 2));
        expected.put("2026-01-01/2026-03-31", List.of(8, 3, 2));
        expected.put("2026-01-01/2026-01-31", List.of(4, 1, 0));
        // a1, due 2月15日 and implemented on 3月5日, was overdue at the end of February; the dropped a3 was not.
        expected.put("2026-02-01/2026-02-28", List.of(3, 1, 1));
        expected.put("2026-03-01/", List.of(1, 1, 2));
        expected.put("/2026-02-28", List.of(7, 2, 1));
        expected.put("2026-03-15/2026-06-30", List.of(0, 0, 2));
        FigureChecks.totals(OUTCOMES, FIGURES, expected);
        Map<String, Object> ours = period("2026-01-01/2026-03-31");
        ours.put("committeeId", committee);
        ours.put("figure", "AGREED");
        assertEquals(7, Pages.total(OUTCOMES, ours));
        // Without a figure the period dates the consultation, as 议定 does.
        assertEquals(3, Pages.total(OUTCOMES, period("2026-02-01/2026-02-28")));
        given().queryParams(Map.of("figure", "IMPLEMENTED", "from", "2026-02-01", "to", "2026-02-28"))
                .when().get(OUTCOMES).then().statusCode(200).body("items.id", containsInAnyOrder(id("b3")));
    }

    @Test
    void overdueIsTheOverdueFigureToday() {
        build();
        given().queryParam("overdue", true).when().get(OUTCOMES).then().statusCode(200)
                .body("items.id", containsInAnyOrder(id("b1"), id("d1")))
                .body("items.overdue", equalTo(List.of(true, true)));
        // An outcome without a due date is never overdue, so it is among the others.
        assertEquals(6, Pages.total(OUTCOMES, Map.of("overdue", false)));
        given().when().get(OUTCOMES + "/" + id("a4")).then().body("overdue", equalTo(false));

        // On 2月28日 a1 had not been implemented yet: the same rule counts it, the flag shows it.
        clock.setToday(LocalDate.of(2026, 2, 28));
        given().queryParam("overdue", true).when().get(OUTCOMES).then().statusCode(200)
                .body("items.id", containsInAnyOrder(id("a1")));
        given().when().get(OUTCOMES + "/" + id("a1")).then().body("overdue", equalTo(true))
                .body("status", equalTo("IMPLEMENTED"));
        assertEquals(Pages.total(OUTCOMES, Map.of("figure", "OVERDUE")),
                Pages.total(OUTCOMES, Map.of("overdue", true)));
    }

    @Test
    void everyFigureEqualsItsDefinitionForEveryFilterAndPeriod() {
        build();
        Map<String, Map<String, Object>> filters = new LinkedHashMap<>();
        filters.put("无筛选", Map.of());
        filters.put("政协", Map.of("committeeId", committee));
        filters.put("另一政协", Map.of("committeeId", otherCommittee));
        filters.put("协商", Map.of("consultationId", ids.get("jan")));
        filters.put("已落实", Map.of("status", "IMPLEMENTED"));
        filters.put("落实中", Map.of("status", "IN_PROGRESS"));
        filters.put("已放弃", Map.of("status", "DROPPED"));
        filters.put("逾期", Map.of("overdue", true));
        filters.put("未逾期", Map.of("overdue", false));
        filters.put("文字", Map.of("q", "道路"));
        List<String> periods = List.of("", "2026-01-01/2026-03-31", "2026-02-01/2026-02-28", "2026-03-01/",
                "/2026-02-28", "2026-03-15/2026-06-30", "2026-01-20/2026-02-20");
        int nonZero = FigureChecks.everyFilterPeriodAndFigure(OUTCOMES, filters, periods, FIGURES,
                this::expected);
        assertTrue(nonZero > 60, "figures that are not zero: " + nonZero);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertFieldError(given().queryParams(Map.of("figure", "AGREED", "from", "2026-03-01", "to", "2026-02-01"))
                .when().get(OUTCOMES).then(), "to");
    }

    /** The figure counted over the listed outcomes by DOMAIN.md's words, independently of the service. */
    private long expected(String figure, List<Map<String, Object>> items, String period) {
        LocalDate from = FigureChecks.from(period);
        LocalDate to = FigureChecks.to(period);
        LocalDate asOf = to == null || to.isAfter(QUARTER_END) ? QUARTER_END : to;
        return items.stream().filter(o -> {
            LocalDate due = date(o.get("dueDate"));
            LocalDate implemented = date(o.get("implementedOn"));
            String status = (String) o.get("status");
            return switch (figure) {
                case "AGREED" -> within(heldOn.get(((Number) o.get("consultationId")).longValue()), from, to);
                case "IMPLEMENTED" -> status.equals("IMPLEMENTED") && within(implemented, from, to);
                case "OVERDUE" -> due != null && due.isBefore(asOf) && (status.equals("AGREED")
                        || status.equals("IN_PROGRESS") || (status.equals("IMPLEMENTED") && implemented.isAfter(asOf)));
                default -> throw new IllegalArgumentException(figure);
            };
        }).count();
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    private static LocalDate date(Object value) {
        return value == null ? null : LocalDate.parse((String) value);
    }


    private int id(String name) {
        return ids.get(name).intValue();
    }

    /**
     * A quarter of outcomes, each step taken on its day: January's consultation agrees four (one implemented on
     * time, one late in March, one dropped, one without a due date), February's three (one implemented, one
     * overdue from 3月11日, one due in April), and another committee's March consultation one left overdue.
     */
    private void build() {
        on(2026, 1, 8);
        committee = Fixtures.committee();
        long township = Fixtures.township(committee);
        long platform = Fixtures.platform(committee, township);
        long secondTownship = Fixtures.township(committee);
        long secondPlatform = Fixtures.platform(committee, secondTownship);
        long jan = consultation(committee, township, platform, "抗联食堂对外开放与村集体增收");
        ids.put("jan", jan);
        ids.put("a1", outcome(jan, "抗联食堂对外开放", "2026-02-15"));
        ids.put("a2", outcome(jan, "采摘园道路硬化", "2026-01-31"));
        ids.put("a3", outcome(jan, "建设村冷库选址", "2026-02-10"));
        ids.put("a4", outcome(jan, "村集体增收长期跟踪", null));
        on(2026, 1, 25);
        act("a2", Map.of("action", "IMPLEMENT", "date", "2026-01-25", "evidence", "采摘园道路完成硬化"));
        on(2026, 2, 11);
        long feb = consultation(committee, secondTownship, secondPlatform, "桃山镇移动通信基站建设");
        ids.put("b1", outcome(feb, "东升村基站选址建设", "2026-03-10"));
        ids.put("b2", outcome(feb, "林场信号盲区排查", "2026-04-30"));
        ids.put("b3", outcome(feb, "镇区网络扩容", "2026-02-28"));
        on(2026, 2, 20);
        act("a3", Map.of("action", "DROP", "reason", "经论证不具备实施条件"));
        act("a4", Map.of("action", "START"));
        act("b1", Map.of("action", "START"));
        on(2026, 2, 27);
        act("b3", Map.of("action", "IMPLEMENT", "date", "2026-02-27", "evidence", "镇区完成网络扩容"));
        on(2026, 3, 2);
        otherCommittee = Fixtures.committee();
        long otherTownship = Fixtures.township(otherCommittee);
        long mar = consultation(otherCommittee, otherTownship, Fixtures.platform(otherCommittee, otherTownship),
                "老旧小区加装电梯");
        ids.put("d1", outcome(mar, "书院路两个小区先行试点", "2026-03-20"));
        on(2026, 3, 5);
        act("a1", Map.of("action", "IMPLEMENT", "date", "2026-03-05", "evidence", "抗联食堂正式对外开放"));
        clock.setToday(QUARTER_END);
    }

    private void on(int year, int month, int day) {
        clock.setToday(LocalDate.of(year, month, day));
    }

    /** A quarterly consultation today at the platform. */
    private long consultation(long committeeId, long township, long platform, String topic) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("committeeId", committeeId);
        fields.put("kind", "QUARTERLY");
        fields.put("date", clock.today().toString());
        fields.put("townshipId", township);
        fields.put("platformId", platform);
        fields.put("topic", Fixtures.unique(topic));
        fields.put("members", List.of());
        long id = Fixtures.create(CONSULTATIONS, fields);
        heldOn.put(id, clock.today());
        return id;
    }

    private long outcome(long consultation, String text, String due) {
        Map<String, Object> fields = new HashMap<>(Map.of("text", text, "responsibleUnit", "测试乡人民政府"));
        if (due != null) {
            fields.put("dueDate", due);
        }
        return given().contentType(ContentType.JSON).body(fields)
                .when().post(CONSULTATIONS + "/" + consultation + "/outcomes")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private void act(String outcome, Map<String, Object> body) {
        given().contentType(ContentType.JSON).body(body).when().post(OUTCOMES + "/" + ids.get(outcome) + "/transitions")
                .then().statusCode(200);
    }
}
