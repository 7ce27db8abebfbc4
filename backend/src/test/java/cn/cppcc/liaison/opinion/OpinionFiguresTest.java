package cn.cppcc.liaison.opinion;

import static cn.cppcc.liaison.opinion.OpinionWorld.OPINIONS;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every figure of the opinion summary equals the total of its list ({@code figure=}) for the same filters and
 * period, for every filter the list has, so the count above a list never disagrees with the list below it.
 */
@QuarkusTest
class OpinionFiguresTest {

    private static final LocalDate QUARTER_END = LocalDate.of(2026, 3, 31);

    /** The summary's field for each figure. */
    private static final Map<String, String> FIELDS = Map.of("COLLECTED", "collected", "ACCEPTED", "accepted",
            "FORWARDED", "forwarded", "ADOPTED", "adopted", "RESOLVED", "resolved", "SOLVED", "solved",
            "AWAITING_CONFIRMATION", "awaitingConfirmation", "OVERDUE", "overdue", "OPEN", "open");

    @Inject
    OfficeClock clock;

    private OpinionWorld world;

    @Test
    void everyFigureEqualsItsListForEveryFilterAndPeriod() {
        Map<String, Object> ids = buildQuarter();
        Map<String, Map<String, Object>> filters = new LinkedHashMap<>();
        filters.put("无筛选", Map.of());
        filters.put("政协", Map.of("committeeId", world.committee));
        filters.put("状态", Map.of("status", List.of("RESOLVED", "CLOSED")));
        filters.put("类别", Map.of("categoryId", world.category));
        filters.put("乡镇", Map.of("townshipId", world.township));
        filters.put("村", Map.of("villageId", world.village));
        filters.put("委员", Map.of("memberId", world.groupMate));
        filters.put("活动组", Map.of("groupId", world.group));
        filters.put("来源", Map.of("source", "OTHER"));
        filters.put("报送到", Map.of("forwardedToId", world.parent));
        filters.put("逾期", Map.of("overdue", true));
        filters.put("未逾期", Map.of("overdue", false));
        filters.put("已解决", Map.of("solved", true));
        filters.put("未解决", Map.of("solved", false));
        filters.put("文字", Map.of("q", "路灯"));
        filters.put("轮值", Map.of("dutyTurnId", 1));
        filters.put("接待", Map.of("visitId", 1));
        Map<String, Map<String, Object>> periods = new LinkedHashMap<>();
        periods.put("至今", Map.of());
        periods.put("二月", Map.of("from", "2026-02-01", "to", "2026-02-28"));
        periods.put("含未来", Map.of("from", "2026-03-15", "to", "2026-06-30"));
        // Periods open at one end, and the whole quarter, for the committee's own figures.
        Map<String, Map<String, Object>> committeePeriods = Map.of(
                "一季度", Map.of("committeeId", world.committee, "from", "2026-01-01", "to", "2026-03-31"),
                "三月起", Map.of("committeeId", world.committee, "from", "2026-03-01"),
                "至二月底", Map.of("committeeId", world.committee, "to", "2026-02-28"));

        int nonZero = 0;
        for (var filter : filters.entrySet()) {
            for (var period : periods.entrySet()) {
                Map<String, Object> query = new HashMap<>(filter.getValue());
                query.putAll(period.getValue());
                nonZero += assertFiguresEqualLists(given(), filter.getKey() + " · " + period.getKey(), query);
            }
        }
        for (var period : committeePeriods.entrySet()) {
            nonZero += assertFiguresEqualLists(given(), "政协 · " + period.getKey(), period.getValue());
        }
        // The world is rich enough that the comparison means something.
        assertEquals(true, nonZero > 60, "figures that are not zero: " + nonZero);
        assertEquals(2, ids.size());
    }

    @Test
    void theQuartersFiguresCountWhatHappenedInThePeriodAsDomainMdDefinesThem() {
        buildQuarter();
        JsonPath quarter = given().queryParams(Map.of("committeeId", world.committee, "from", "2026-01-01",
                "to", "2026-03-31")).when().get(OPINIONS + "/summary").then().statusCode(200).extract().jsonPath();
        // The duplicate merged away and the draft count nowhere.
        assertEquals(List.of(5, 5, 2, 1, 2, 1, 1, 1, 3), figures(quarter));
        JsonPath february = given().queryParams(Map.of("committeeId", world.committee, "from", "2026-02-01",
                "to", "2026-02-28")).when().get(OPINIONS + "/summary").then().statusCode(200).extract().jsonPath();
        // 办结 on 2月25日 counts in February although entered in March; 已解决 only the one confirmed on 2月12日;
        // at February's end nothing was overdue yet and three were still in hand.
        assertEquals(List.of(2, 1, 0, 1, 2, 1, 0, 0, 3), figures(february));
    }

    /** collected, accepted, forwarded, adopted, resolved, solved, awaiting, overdue, open. */
    private static List<Integer> figures(JsonPath summary) {
        return List.of("collected", "accepted", "forwarded", "adopted", "resolved", "solved", "awaitingConfirmation",
                "overdue", "open").stream().map(summary::getInt).toList();
    }

    @Test
    void aConvenorFilteringByAMemberSeesTheFiguresOfTheRowsBelowThem() {
        buildQuarter();
        RequestSpecification convenor = world.as(Role.CONVENOR);
        assertFiguresEqualLists(convenor, "召集人 · 委员", Map.of("memberId", world.groupMate));
        JsonPath summary = world.as(Role.CONVENOR).queryParam("memberId", world.member).when().get(OPINIONS + "/summary")
                .then().statusCode(200).extract().jsonPath();
        long listed = world.as(Role.CONVENOR).queryParam("memberId", world.member).queryParam("figure", "COLLECTED")
                .when().get(OPINIONS).then().statusCode(200).extract().jsonPath().getLong("total");
        assertEquals(listed, summary.getLong("collected"));
    }

    @Test
    void theParentOfficeFilteringWhatWasForwardedToItSeesTheFiguresOfThoseOpinions() {
        buildQuarter();
        Supplier<RequestSpecification> parentOffice = world::asParentOffice;
        int counted = assertFiguresEqualLists(parentOffice.get(), "上级政协 · 报送来的",
                Map.of("forwardedToId", world.parent));
        JsonPath summary = parentOffice.get().queryParam("forwardedToId", world.parent).when()
                .get(OPINIONS + "/summary").then().statusCode(200).extract().jsonPath();
        assertEquals(2, summary.getLong("forwarded"));
        assertEquals(1, summary.getLong("adopted"));
        assertEquals(true, counted >= 3);
    }

    @Test
    void byStatusAddsUpToCollectedAndEachCategoryToItsList() {
        buildQuarter();
        for (Map<String, Object> period : List.of(Map.<String, Object>of(),
                Map.<String, Object>of("from", "2026-02-01", "to", "2026-03-31"))) {
            JsonPath summary = given().queryParams(period).when().get(OPINIONS + "/summary").then().statusCode(200)
                    .extract().jsonPath();
            Map<String, Integer> byStatus = summary.getMap("byStatus");
            assertEquals(summary.getLong("collected"), byStatus.values().stream().mapToLong(Integer::longValue).sum());
            List<Map<String, Object>> categories = summary.getList("byCategory");
            for (Map<String, Object> category : categories) {
                for (String figure : List.of("COLLECTED", "SOLVED")) {
                    Map<String, Object> query = new HashMap<>(period);
                    query.put("categoryId", category.get("categoryId"));
                    query.put("figure", figure);
                    long total = given().queryParams(query).when().get(OPINIONS).then().statusCode(200).extract()
                            .jsonPath().getLong("total");
                    assertEquals(((Number) category.get(FIELDS.get(figure))).longValue(), total,
                            category.get("name") + " " + figure + " " + period);
                }
            }
        }
    }

    @Test
    void eachOpinionsOwnFlagsAgreeWithTheFiguresThatCountItToday() {
        buildQuarter();
        Map<String, String> flags = Map.of("SOLVED", "solved", "AWAITING_CONFIRMATION", "awaitingConfirmation",
                "OVERDUE", "overdue");
        JsonPath all = given().queryParam("size", 200).when().get(OPINIONS).then().statusCode(200).extract().jsonPath();
        for (var flag : flags.entrySet()) {
            List<Integer> counted = given().queryParams(Map.of("figure", flag.getKey(), "size", 200)).when()
                    .get(OPINIONS).then().statusCode(200).extract().jsonPath().getList("items.id");
            List<Integer> flagged = all.getList("items.findAll { it." + flag.getValue() + " }.id");
            assertEquals(new java.util.TreeSet<>(flagged), new java.util.TreeSet<>(counted), flag.getKey());
        }
    }

    /** Asserts every figure of the summary equals its list's total; answers how many figures were not zero. */
    private int assertFiguresEqualLists(RequestSpecification as, String what, Map<String, Object> query) {
        JsonPath summary = given().spec(as).queryParams(query).when().get(OPINIONS + "/summary").then()
                .statusCode(200).extract().jsonPath();
        int nonZero = 0;
        for (var figure : FIELDS.entrySet()) {
            Map<String, Object> listQuery = new HashMap<>(query);
            listQuery.put("figure", figure.getKey());
            listQuery.put("size", 200);
            long total = given().spec(as).queryParams(listQuery).when().get(OPINIONS).then().statusCode(200).extract()
                    .jsonPath().getLong("total");
            assertEquals(summary.getLong(figure.getValue()), total, what + " · " + figure.getKey());
            if (total > 0) {
                nonZero++;
            }
        }
        return nonZero;
    }

    /**
     * A quarter of opinions moved along on the days things happened: collected, accepted, assigned, resolved
     * (one entered weeks after its date), confirmed, left quiet, found overdue, forwarded and adopted.
     */
    private Map<String, Object> buildQuarter() {
        clock.setToday(LocalDate.of(2026, 1, 5));
        world = new OpinionWorld();
        long streetLight = opinion("路灯不亮", world.township, world.member, LocalDate.of(2026, 1, 3));
        long road = opinion("通村道路破损", world.otherTownship, world.groupMate, LocalDate.of(2026, 1, 4));
        long water = opinion("自来水关水阀不便", world.township, world.outsider, LocalDate.of(2026, 1, 5));
        world.step(streetLight, "SUBMIT");
        world.step(road, "SUBMIT");
        world.step(water, "SUBMIT");
        on(LocalDate.of(2026, 1, 20));
        world.step(streetLight, "ACCEPT");
        world.step(road, "ACCEPT");
        world.assign(streetLight, LocalDate.of(2026, 2, 10));
        world.assign(road, LocalDate.of(2026, 3, 1));
        world.step(water, "ACCEPT");
        world.step(water, "FORWARD");
        on(LocalDate.of(2026, 2, 5));
        long network = opinion("北星村网络卡顿", world.township, world.groupMate, LocalDate.of(2026, 2, 3));
        world.step(network, "SUBMIT");
        world.step(network, "ACCEPT");
        world.assign(network, LocalDate.of(2026, 2, 20));
        long canteen = opinion("助老餐厅路灯", world.otherTownship, world.member, LocalDate.of(2026, 2, 4));
        world.step(canteen, "SUBMIT");
        long duplicate = opinion("路灯不亮（重复）", world.township, world.groupMate, LocalDate.of(2026, 2, 5));
        world.step(duplicate, "SUBMIT");
        world.act(duplicate, Map.of("action", "MERGE", "mergeIntoId", streetLight)).statusCode(200);
        opinion("文化广场草稿", world.township, world.member, LocalDate.of(2026, 2, 5));
        world.asParentOffice().contentType("application/json").body(Map.of("action", "ADOPT", "instruction", "请统筹解决"))
                .when().post(OPINIONS + "/" + water + "/transitions").then().statusCode(200);
        on(LocalDate.of(2026, 2, 8));
        world.resolve(streetLight, LocalDate.of(2026, 2, 8));
        on(LocalDate.of(2026, 2, 12));
        world.act(streetLight, Map.of("action", "CLOSE", "feedback", "SATISFIED")).statusCode(200);
        on(LocalDate.of(2026, 3, 10));
        // Resolved on 2月25日 but entered on 3月10日: late for 逾期 at the end of February, quiet from 3月10日.
        world.resolve(network, LocalDate.of(2026, 2, 25));
        world.step(canteen, "ACCEPT");
        world.step(canteen, "FORWARD");
        on(QUARTER_END);
        return Map.of("streetLight", streetLight, "road", road);
    }

    private void on(LocalDate day) {
        clock.setToday(day);
    }

    private long opinion(String title, long township, long member, LocalDate collectedOn) {
        Map<String, Object> fields = world.fields(title + "·" + cn.cppcc.liaison.support.Fixtures.unique(""),
                title + "，群众多次反映", member);
        fields.put("townshipId", township);
        if (township != world.township) {
            fields.remove("villageId");
        }
        fields.put("collectedOn", collectedOn.toString());
        return world.create(fields);
    }
}
