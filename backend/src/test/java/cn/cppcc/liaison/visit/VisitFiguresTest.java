package cn.cppcc.liaison.visit;

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
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * 接待群众（人次）, 委员参与（人次） and 活跃工作室 count the visits dated in the period, not those recorded in it:
 * the visit list's {@code peopleReceived} and {@code membersPresent} are the sums over every visit it lists, for
 * every filter and period, and the studio list's {@code activeFrom}/{@code activeTo} keep the studios with a
 * reception day in the period.
 */
@QuarkusTest
class VisitFiguresTest {

    private static final String VISITS = "/api/v1/visits";
    private static final String STUDIOS = "/api/v1/studios";
    private static final LocalDate QUARTER_END = LocalDate.of(2026, 3, 31);
    private static final List<String> PERIODS = List.of("", "2026-01-01/2026-03-31", "2026-02-01/2026-02-28",
            "2026-03-01/", "/2026-02-28", "2026-03-15/2026-06-30", "2025-12-01/2025-12-31");

    @Inject
    OfficeClock clock;

    private final Map<String, Long> ids = new HashMap<>();

    @Test
    void theFiguresOfAPeriodAreItsVisitsPeopleAndMembers() {
        build();
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        expected.put("", List.of(9, 105, 13));
        expected.put("2026-01-01/2026-03-31", List.of(8, 99, 12));
        expected.put("2026-02-01/2026-02-28", List.of(3, 64, 6));
        expected.put("2026-03-01/", List.of(3, 20, 3));
        expected.put("/2026-02-28", List.of(6, 85, 10));
        expected.put("2026-03-15/2026-06-30", List.of(1, 15, 1));
        // Recorded on 3月25日, dated 12月20日: it counts in December.
        expected.put("2025-12-01/2025-12-31", List.of(1, 6, 1));
        for (var period : expected.entrySet()) {
            Map<String, Object> query = period(period.getKey(), "from", "to");
            query.put("size", 1);
            JsonPath page = given().queryParams(query).when().get(VISITS).then().statusCode(200).extract().jsonPath();
            List<Integer> figures = List.of(page.getInt("total"), page.getInt("peopleReceived"),
                    page.getInt("membersPresent"));
            assertEquals(period.getValue(), figures, "次、接待群众、委员参与 " + period.getKey());
        }
        given().queryParams(Map.of("memberId", ids.get("wang"), "from", "2026-01-01", "to", "2026-03-31"))
                .when().get(VISITS).then().statusCode(200)
                .body("total", equalTo(3))
                .body("membersPresent", equalTo(5));
    }

    @Test
    void activeStudiosAreThoseWithAReceptionDayInThePeriod() {
        build();
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("2026-01-01/2026-03-31", List.of("s1", "s2", "s3", "s4"));
        // s5 held only a 民情恳谈会 in February: a studio is active through its reception days.
        expected.put("2026-02-01/2026-02-28", List.of("s1", "s2"));
        expected.put("2026-03-01/", List.of("s3", "s4"));
        expected.put("/2026-02-28", List.of("s1", "s2"));
        expected.put("2026-03-15/2026-06-30", List.of("s4"));
        expected.put("2025-12-01/2025-12-31", List.of("s2"));
        for (var period : expected.entrySet()) {
            given().queryParams(period(period.getKey(), "activeFrom", "activeTo")).when().get(STUDIOS).then()
                    .statusCode(200)
                    .body("items.id", containsInAnyOrder(period.getValue().stream().map(this::id).toArray()))
                    .body("total", equalTo(period.getValue().size()));
        }
        assertEquals(5, Pages.total(STUDIOS, Map.of()));
        Map<String, Object> ours = period("2026-01-01/2026-03-31", "activeFrom", "activeTo");
        ours.put("committeeId", ids.get("committee"));
        assertEquals(3, Pages.total(STUDIOS, ours));
        assertFieldError(given().queryParams(Map.of("activeFrom", "2026-03-01", "activeTo", "2026-02-01"))
                .when().get(STUDIOS).then(), "activeTo");
    }

    @Test
    void theSumsEqualTheListedVisitsForEveryFilterAndPeriod() {
        build();
        Map<String, Map<String, Object>> filters = new LinkedHashMap<>();
        filters.put("无筛选", Map.of());
        filters.put("政协", Map.of("committeeId", ids.get("committee")));
        filters.put("另一政协", Map.of("committeeId", ids.get("otherCommittee")));
        filters.put("接待日", Map.of("kind", "RECEPTION_DAY"));
        filters.put("下户走访", Map.of("kind", "HOUSEHOLD"));
        filters.put("乡镇", Map.of("townshipId", ids.get("township")));
        filters.put("工作室", Map.of("studioId", ids.get("s1")));
        filters.put("平台", Map.of("platformId", ids.get("platform")));
        filters.put("委员", Map.of("memberId", ids.get("wang")));
        filters.put("界别", Map.of("sectorId", ids.get("sector")));
        int nonZero = 0;
        for (var filter : filters.entrySet()) {
            List<Map<String, Object>> all = Pages.all(VISITS, filter.getValue());
            for (String period : PERIODS) {
                Map<String, Object> query = new HashMap<>(filter.getValue());
                query.putAll(period(period, "from", "to"));
                String what = filter.getKey() + " · " + period;
                // The sums answered with a page of two, and the visits listed over every page.
                query.put("size", 2);
                JsonPath page = given().queryParams(query).when().get(VISITS).then().statusCode(200).extract()
                        .jsonPath();
                query.remove("size");
                List<Map<String, Object>> listed = Pages.all(VISITS, query);
                assertEquals(listed.size(), page.getLong("total"), what + " · 次");
                assertEquals(people(listed), page.getLong("peopleReceived"), what + " · 接待群众");
                assertEquals(members(listed), page.getLong("membersPresent"), what + " · 委员参与");
                // And those are the visits of the filter dated in the period.
                List<Map<String, Object>> dated = all.stream().filter(v -> within(v.get("date"), period)).toList();
                assertEquals(ids(dated), ids(listed), what + " · 期间内的接待走访");
                nonZero += page.getLong("membersPresent") > 0 ? 1 : 0;
            }
        }
        assertTrue(nonZero > 35, "periods with members present: " + nonZero);
    }

    @Test
    void activeStudiosAreThoseOfTheListedReceptionDaysForEveryFilterAndPeriod() {
        build();
        Map<String, Map<String, Object>> filters = new LinkedHashMap<>();
        filters.put("无筛选", Map.of());
        filters.put("政协", Map.of("committeeId", ids.get("committee")));
        filters.put("乡镇", Map.of("townshipId", ids.get("township")));
        filters.put("接待方式", Map.of("mode", "OFFLINE"));
        filters.put("驻室委员", Map.of("memberId", ids.get("wang")));
        filters.put("文字", Map.of("q", "书院路"));
        List<Map<String, Object>> receptionDays = Pages.all(VISITS, Map.of("kind", "RECEPTION_DAY"));
        int nonZero = 0;
        for (var filter : filters.entrySet()) {
            Set<Long> studios = ids(Pages.all(STUDIOS, filter.getValue()));
            for (String period : PERIODS) {
                Set<Long> received = receptionDays.stream()
                        .filter(v -> within(v.get("date"), period))
                        .map(v -> ((Number) v.get("studioId")).longValue()).collect(Collectors.toSet());
                Set<Long> expected = studios.stream().filter(received::contains).collect(Collectors.toSet());
                Map<String, Object> query = new HashMap<>(filter.getValue());
                query.putAll(period(period, "activeFrom", "activeTo"));
                List<Map<String, Object>> active = Pages.all(STUDIOS, query);
                // No period: every studio of the filter, active or not.
                assertEquals(period.isEmpty() ? studios : expected, ids(active), filter.getKey() + " · " + period);
                assertEquals(active.size(), Pages.total(STUDIOS, query), filter.getKey() + " · " + period + " · total");
                nonZero += active.isEmpty() ? 0 : 1;
            }
        }
        assertTrue(nonZero > 25, "periods with active studios: " + nonZero);
    }

    private static long people(List<Map<String, Object>> visits) {
        return visits.stream().mapToLong(v -> ((Number) v.get("peopleReceived")).longValue()).sum();
    }

    private static long members(List<Map<String, Object>> visits) {
        return visits.stream().mapToLong(v -> ((List<?>) v.get("members")).size()).sum();
    }

    private static Set<Long> ids(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> ((Number) r.get("id")).longValue()).collect(Collectors.toSet());
    }

    private static boolean within(Object date, String period) {
        return FigureChecks.within(LocalDate.parse((String) date), period);
    }

    private int id(String name) {
        return ids.get(name).intValue();
    }

    /**
     * A quarter of visits, each recorded on its day: reception days at three studios of one committee and one of
     * another, a household visit, a 民情恳谈会 held at a fifth studio, an inspection at a platform, and a December
     * reception day recorded only in March.
     */
    private void build() {
        on(2026, 1, 5);
        long committee = Fixtures.committee();
        ids.put("committee", committee);
        long sector = Fixtures.sector(committee);
        ids.put("sector", sector);
        long township = Fixtures.township(committee);
        ids.put("township", township);
        long second = Fixtures.township(committee);
        ids.put("platform", Fixtures.platform(committee, second));
        long wang = Fixtures.member(committee, sector);
        long li = Fixtures.member(committee, sector);
        long zhao = Fixtures.member(committee, sector);
        long chen = Fixtures.member(committee, sector);
        ids.put("wang", wang);
        ids.put("s1", studio(committee, township, "葩金社区委员工作室", wang));
        ids.put("s2", studio(committee, township, "建设村委员工作室"));
        ids.put("s3", studio(committee, second, "书院路委员工作室"));
        ids.put("s5", studio(committee, township, "王杨乡委员之家", wang));
        long other = Fixtures.committee();
        ids.put("otherCommittee", other);
        long otherTownship = Fixtures.township(other);
        long zhou = Fixtures.member(other, Fixtures.sector(other));
        ids.put("s4", studio(other, otherTownship, "霞城社区委员工作室"));

        on(2026, 1, 10);
        visit(committee, "RECEPTION_DAY", township, "s1", null, 12, wang, li);
        on(2026, 1, 25);
        visit(committee, "HOUSEHOLD", township, null, null, 3, zhao);
        on(2026, 2, 3);
        visit(committee, "RECEPTION_DAY", township, "s2", null, 8, wang);
        on(2026, 2, 14);
        visit(committee, "RECEPTION_DAY", township, "s1", null, 20, li, zhao, chen);
        on(2026, 2, 20);
        visit(committee, "PUBLIC_TALK", township, "s5", null, 36, wang, li);
        on(2026, 3, 2);
        visit(committee, "INSPECTION", second, null, ids.get("platform"), 0, chen);
        on(2026, 3, 12);
        visit(committee, "RECEPTION_DAY", second, "s3", null, 5, zhao);
        on(2026, 3, 20);
        visit(other, "RECEPTION_DAY", otherTownship, "s4", null, 15, zhou);
        on(2026, 3, 25);
        Map<String, Object> late = fields(committee, "RECEPTION_DAY", township, "s2", null, 6, wang);
        late.put("date", "2025-12-20");
        Fixtures.create(VISITS, late);
        clock.setToday(QUARTER_END);
    }

    private void on(int year, int month, int day) {
        clock.setToday(LocalDate.of(year, month, day));
    }

    private long studio(long committee, long township, String name, long... residents) {
        Map<String, Object> fields = Fixtures.studioFields(committee, township);
        fields.put("name", Fixtures.unique(name));
        fields.put("residentIds", Arrays.stream(residents).boxed().toList());
        return Fixtures.create(STUDIOS, fields);
    }

    /** A visit today, 09:00–11:00. */
    private void visit(long committee, String kind, long township, String studio, Long platform, int people,
            long... members) {
        Fixtures.create(VISITS, fields(committee, kind, township, studio, platform, people, members));
    }

    private Map<String, Object> fields(long committee, String kind, long township, String studio, Long platform,
            int people, long... members) {
        Map<String, Object> fields = Fixtures.visitFields(committee, township, members);
        fields.put("kind", kind);
        fields.put("date", clock.today().toString());
        fields.put("startTime", "09:00");
        fields.put("endTime", "11:00");
        fields.put("peopleReceived", people);
        if (studio != null) {
            fields.put("studioId", ids.get(studio));
        }
        if (platform != null) {
            fields.put("platformId", platform);
        }
        return fields;
    }
}
