package cn.cppcc.liaison.opinion;

import static cn.cppcc.liaison.opinion.OpinionWorld.OPINIONS;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.Role;
import cn.cppcc.liaison.support.Fixtures;
import cn.cppcc.liaison.support.KeptRows;
import cn.cppcc.liaison.support.Parallel;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The opinions' daily figures (opinion_day) stay what the opinions give after every way an opinion changes: written
 * as a draft or submitted at once, edited, moved along every step of its lifecycle, reopened, merged, forwarded and
 * adopted, resolved by an outcome, deleted; so do 办理时长's counts and each submitter's days of work; and the
 * report's opinion figures read from them equal the list's totals.
 */
@QuarkusTest
class OpinionDaysTest {

    private static final List<String> OPINION_FIGURES = List.of("OPINIONS_COLLECTED", "OPINIONS_ACCEPTED",
            "OPINIONS_FORWARDED", "OPINIONS_ADOPTED", "OPINIONS_RESOLVED", "OPINIONS_SOLVED", "OPINIONS_OVERDUE",
            "OPINIONS_OPEN");

    @Inject
    OfficeClock clock;

    @Inject
    AgroalDataSource dataSource;

    private OpinionWorld world;

    @Test
    void theDaysFollowEveryChangeOfAnOpinionAndTheReportEqualsTheLists() throws SQLException {
        on(LocalDate.of(2026, 1, 5));
        world = new OpinionWorld();
        long streetLight = opinion("路灯不亮", LocalDate.of(2026, 1, 3), false);
        long road = opinion("通村道路破损", LocalDate.of(2026, 1, 4), true);
        long draft = opinion("文化广场草稿", LocalDate.of(2026, 1, 4), false);
        assertDaysMatchOpinions("written");
        world.step(streetLight, "SUBMIT");
        // Its day moved after it was submitted: the old day loses it, the new one gains it.
        Map<String, Object> fields = world.fields("路灯不亮·" + Fixtures.unique(""), "路灯不亮，群众多次反映");
        fields.put("collectedOn", "2026-01-02");
        fields.put("memberIds", List.of(world.member, world.groupMate));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(fields).when()
                .put(OPINIONS + "/" + streetLight).then().statusCode(200);
        assertDaysMatchOpinions("edited");
        // Written in the other township under another category, then moved to the township and the first category.
        long otherCategory = given().queryParam("committeeId", world.committee).when()
                .get("/api/v1/opinion-categories").then().statusCode(200).extract().jsonPath().getLong("items[1].id");
        Map<String, Object> elsewhere = world.fields("村口垃圾堆放·" + Fixtures.unique(""), "村口垃圾长期堆放");
        elsewhere.put("townshipId", world.otherTownship);
        elsewhere.remove("villageId");
        elsewhere.put("categoryId", otherCategory);
        elsewhere.put("collectedOn", "2026-01-03");
        elsewhere.put("submit", true);
        long moved = world.create(elsewhere);
        assertDaysMatchOpinions("written in the other township and category");
        String version = given().when().get(OPINIONS + "/" + moved).then().statusCode(200).extract().header("ETag");
        elsewhere.remove("submit");
        elsewhere.put("townshipId", world.township);
        elsewhere.put("villageId", world.village);
        elsewhere.put("categoryId", world.category);
        given().contentType(ContentType.JSON).header("If-Match", version).body(elsewhere).when()
                .put(OPINIONS + "/" + moved).then().statusCode(200);
        assertDaysMatchOpinions("moved to the township and the category");
        given().when().delete(OPINIONS + "/" + draft).then().statusCode(204);

        on(LocalDate.of(2026, 1, 20));
        world.step(streetLight, "ACCEPT");
        world.step(road, "ACCEPT");
        world.assign(streetLight, LocalDate.of(2026, 2, 10));
        world.assign(road, LocalDate.of(2026, 2, 1));
        world.step(road, "START");
        world.act(road, Map.of("action", "PROGRESS", "note", "已完成现场勘察")).statusCode(200);
        long rejected = opinion("个人诉求", LocalDate.of(2026, 1, 19), true);
        world.act(rejected, Map.of("action", "REJECT", "reason", "属个人诉求，已引导通过信访渠道反映")).statusCode(200);
        long forwarded = opinion("自来水关水阀不便", LocalDate.of(2026, 1, 18), true);
        world.step(forwarded, "ACCEPT");
        world.step(forwarded, "FORWARD");
        assertDaysMatchOpinions("accepted, assigned, rejected, forwarded");

        on(LocalDate.of(2026, 2, 5));
        world.asParentOffice().contentType(ContentType.JSON).body(Map.of("action", "ADOPT", "instruction", "请统筹解决"))
                .when().post(OPINIONS + "/" + forwarded + "/transitions").then().statusCode(200);
        // The duplicate's submitter becomes one of the street light's when it is merged into it.
        Map<String, Object> duplicateFields = world.fields("路灯不亮（重复）·" + Fixtures.unique(""), "路灯不亮",
                world.outsider);
        duplicateFields.put("collectedOn", "2026-02-04");
        duplicateFields.put("submit", true);
        long duplicate = world.create(duplicateFields);
        world.act(duplicate, Map.of("action", "MERGE", "mergeIntoId", streetLight)).statusCode(200);
        // Resolved on 1月30日, entered on 2月5日: overdue from 2月2日 until then, quiet from 2月5日.
        world.resolve(road, LocalDate.of(2026, 1, 30));
        world.resolve(streetLight, LocalDate.of(2026, 2, 5));
        assertDaysMatchOpinions("adopted, merged, resolved");

        on(LocalDate.of(2026, 2, 12));
        world.act(streetLight, Map.of("action", "CLOSE", "feedback", "SATISFIED")).statusCode(200);
        world.act(road, Map.of("action", "CLOSE", "feedback", "UNSATISFIED")).statusCode(200);
        world.act(road, Map.of("action", "REOPEN", "note", "群众反映仍有积水")).statusCode(200);
        assertDaysMatchOpinions("closed and reopened");

        on(LocalDate.of(2026, 3, 10));
        long platform = Fixtures.platform(world.committee, world.township);
        long consultation = Fixtures.consultation(world.committee, world.township, platform, "2026-03-02",
                Map.of(world.member, "PRESENT"), "道路修缮协商");
        long outcome = given().contentType(ContentType.JSON).body(Map.of("text", "月底前修复通村道路", "opinionIds",
                        List.of(road))).when().post("/api/v1/consultations/" + consultation + "/outcomes")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        given().contentType(ContentType.JSON).body(Map.of("action", "IMPLEMENT", "date", "2026-03-09", "evidence",
                "道路已修复")).when().post("/api/v1/outcomes/" + outcome + "/transitions").then().statusCode(200);
        assertDaysMatchOpinions("resolved by an outcome");
        // The member outside the group, a submitter of the street light since the merge, joins the group and another
        // sector: the street light counts for that sector now, and still once for the group.
        Map<String, Object> moving = Fixtures.memberFields(world.committee, Fixtures.sector(world.committee));
        moving.put("groupId", world.group);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(moving).when()
                .put("/api/v1/members/" + world.outsider).then().statusCode(200);
        assertDaysMatchOpinions("a submitter moved to the group and another sector");

        on(LocalDate.of(2026, 4, 20));
        int nonZero = 0;
        for (String[] period : List.of(new String[] {"year", "2026"}, new String[] {"quarter", "1"},
                new String[] {"month", "2"}, new String[] {"from", "2026-01-25", "to", "2026-02-11"},
                new String[] {"from", "2026-02-02", "to", "2026-12-31"})) {
            nonZero += assertReportEqualsLists(period);
        }
        assertTrue(nonZero > 20, "the periods saw every kind of figure: " + nonZero);
        // 办理时长 read off the kept days: the street light submitted 1月5日 and confirmed 2月12日 took 38 days, the
        // road submitted 1月5日 and, resolved by the outcome entered 3月10日, quiet until 4月9日 took 94.
        JsonPath year = world.as(Role.OFFICE).queryParams("committeeId", world.committee, "year", 2026).when()
                .get("/api/v1/reports/summary").then().statusCode(200).extract().jsonPath();
        assertEquals(38, year.getInt("figures.find { it.key == 'SOLUTION_DAYS_MEDIAN' }.value"));
        assertEquals(94, year.getInt("figures.find { it.key == 'SOLUTION_DAYS_P90' }.value"));
        // The same by township, by the member who submitted both and by their group, from the kept rows; and by
        // township as the committee above reads it, counted from the opinions themselves.
        for (Object[] row : List.of(new Object[] {"TOWNSHIP", world.township, false},
                new Object[] {"MEMBER", world.member, false}, new Object[] {"GROUP", world.group, false},
                new Object[] {"TOWNSHIP", world.township, true})) {
            JsonPath rows = ((Boolean) row[2] ? world.asParentOffice() : world.as(Role.OFFICE)).queryParams(
                    "committeeId", world.committee, "year", 2026, "by", row[0]).when()
                    .get("/api/v1/reports/breakdown").then().statusCode(200).extract().jsonPath();
            String figures = "rows.find { it.slice.id == " + row[1] + " }.figures.find { it.key == '";
            assertEquals(38, rows.getInt(figures + "SOLUTION_DAYS_MEDIAN' }.value"), "by " + row[0]);
            assertEquals(94, rows.getInt(figures + "SOLUTION_DAYS_P90' }.value"), "by " + row[0]);
        }
    }

    /** Twenty opinions of one day written, accepted and resolved at once: each adds to the same rows, none lost. */
    @Test
    void opinionsWrittenAndMovedAtOnceAllCountOnTheirDays() throws Exception {
        on(LocalDate.of(2026, 6, 10));
        world = new OpinionWorld();
        List<Callable<Long>> writes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            writes.add(() -> opinion("垃圾清运不及时", LocalDate.of(2026, 6, 9), true));
        }
        List<Long> ids = Parallel.run(writes);
        List<Callable<Integer>> moves = new ArrayList<>();
        for (long id : ids) {
            moves.add(() -> world.act(id, Map.of("action", "ACCEPT")).extract().statusCode());
        }
        assertEquals(java.util.Collections.nCopies(20, 200), Parallel.run(moves));
        assertDaysMatchOpinions("twenty at once");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select collected, accepted, open_change from opinion_day"
                        + " where committee_id = " + world.committee + " and day = date '2026-06-09'")) {
            assertTrue(rs.next());
            assertEquals(List.of(20, 0, 20), List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3)));
        }
    }

    @Test
    void theRebuildGivesTheDaysBackFromTheOpinions() throws SQLException {
        on(LocalDate.of(2026, 5, 4));
        world = new OpinionWorld();
        long id = opinion("桥梁护栏缺失", LocalDate.of(2026, 5, 1), true);
        world.step(id, "ACCEPT");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update opinion_day set collected = collected + 7 where committee_id = "
                    + world.committee);
            statement.executeUpdate("insert into opinion_solution_day values (" + world.committee
                    + ", date '2026-05-02', 3, 1)");
            statement.executeUpdate("update opinion_member_day set work = work + 1 where committee_id = "
                    + world.committee);
            statement.executeUpdate("update opinion_slice_month set collected = collected + 1"
                    + " where committee_id = " + world.committee);
            statement.executeUpdate("delete from opinion_slice where committee_id = " + world.committee
                    + " and slice = 'GROUP'");
            assertTrue(mismatches(connection).size() > 0, "the days were damaged");
            statement.executeQuery("select opinion_day_rebuild()").close();
            assertEquals(List.of(), mismatches(connection));
        }
    }

    /** Each opinion figure of the report's summary for the period equals its drill-down's list total. */
    private int assertReportEqualsLists(String... period) {
        Map<String, Object> query = new HashMap<>();
        query.put("committeeId", world.committee);
        for (int i = 0; i < period.length; i += 2) {
            query.put(period[i], period[i + 1]);
        }
        if (query.containsKey("quarter") || query.containsKey("month")) {
            query.put("year", 2026);
        }
        JsonPath summary = world.as(Role.OFFICE).queryParams(query).when().get("/api/v1/reports/summary").then()
                .statusCode(200).extract().jsonPath();
        int nonZero = 0;
        for (String figure : OPINION_FIGURES) {
            Map<String, String> drill = summary.getMap("figures.find { it.key == '" + figure + "' }.drillDown.query");
            long total = world.as(Role.OFFICE).queryParams(drill).when().get(OPINIONS).then().statusCode(200)
                    .extract().jsonPath().getLong("total");
            assertEquals(total, summary.getLong("figures.find { it.key == '" + figure + "' }.value"),
                    figure + " " + query);
            nonZero += total > 0 ? 1 : 0;
        }
        // By township, category, group, sector and member, from the kept rows by slice: each row's figure is its
        // list's total.
        for (String by : List.of("TOWNSHIP", "CATEGORY", "GROUP", "SECTOR", "MEMBER")) {
            Map<String, Object> rows = new HashMap<>(query);
            rows.put("by", by);
            JsonPath breakdown = world.as(Role.OFFICE).queryParams(rows).when().get("/api/v1/reports/breakdown")
                    .then().statusCode(200).extract().jsonPath();
            for (Map<String, Object> row : breakdown.<Map<String, Object>>getList("rows")) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> figures = (List<Map<String, Object>>) row.get("figures");
                for (Map<String, Object> figure : figures) {
                    if (!OPINION_FIGURES.contains((String) figure.get("key"))) {
                        continue;
                    }
                    @SuppressWarnings("unchecked")
                    Map<String, String> drill = (Map<String, String>) ((Map<String, Object>) figure.get("drillDown"))
                            .get("query");
                    long total = world.as(Role.OFFICE).queryParams(drill).when().get(OPINIONS).then().statusCode(200)
                            .extract().jsonPath().getLong("total");
                    assertEquals(total, ((Number) figure.get("value")).longValue(), figure.get("key") + " by " + by
                            + " " + row.get("slice") + " " + query);
                    nonZero += total > 0 ? 1 : 0;
                }
            }
        }
        return nonZero;
    }

    private void assertDaysMatchOpinions(String after) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertEquals(List.of(), mismatches(connection), "after " + after);
        }
    }

    /** The kept rows of the committee that differ from what its opinions give now, in any of the three tables. */
    private List<String> mismatches(Connection connection) throws SQLException {
        List<String> rows = KeptRows.differences(connection, "opinion_day", "(collected, accepted, forwarded,"
                + " adopted, resolved, solved, open_change, overdue_change) <> (0, 0, 0, 0, 0, 0, 0, 0)",
                world.committee);
        rows.addAll(KeptRows.differences(connection, "opinion_solution_day", "opinions <> 0", world.committee));
        rows.addAll(KeptRows.differences(connection, "opinion_member_day", "(work, solved) <> (0, 0)",
                world.committee));
        rows.addAll(KeptRows.differences(connection, "opinion_slice", "true", world.committee));
        for (String table : List.of("opinion_slice_day", "opinion_slice_month")) {
            rows.addAll(KeptRows.differences(connection, table, "(collected, accepted, forwarded, adopted, resolved,"
                    + " solved, open_change, overdue_change) <> (0, 0, 0, 0, 0, 0, 0, 0)", world.committee));
        }
        rows.addAll(KeptRows.differences(connection, "opinion_slice_solution", "opinions <> 0",
                world.committee));
        return rows;
    }

    private void on(LocalDate day) {
        clock.setToday(day);
    }

    private long opinion(String title, LocalDate collectedOn, boolean submit) {
        Map<String, Object> fields = world.fields(title + "·" + Fixtures.unique(""), title + "，群众多次反映");
        fields.put("collectedOn", collectedOn.toString());
        if (submit) {
            fields.put("submit", true);
        }
        return world.create(fields);
    }
}
