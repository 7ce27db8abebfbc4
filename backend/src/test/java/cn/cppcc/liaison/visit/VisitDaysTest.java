package cn.cppcc.liaison.visit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.cppcc.liaison.kernel.OfficeClock;
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
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The visits' kept figures (visit_day, visit_member_day, V18; visit_participant and visit_participant_month, V19;
 * visit_month, V21)
 * follow every change of a visit, its members and their group and sector in the same transaction: after each, the
 * kept rows equal what the visits give now, and the report's visit figures, read from them, equal the visit list's
 * totals and sums, by place and by who took part.
 */
@QuarkusTest
class VisitDaysTest {

    private static final String VISITS = "/api/v1/visits";

    @Inject
    OfficeClock clock;

    @Inject
    AgroalDataSource dataSource;

    private long committee;
    private long townshipA;
    private long townshipB;
    private long platform;
    private long studio;
    private long sector;
    private long otherSector;
    private long group;
    private long otherGroup;
    private final List<Long> members = new ArrayList<>();

    private void world() {
        clock.setToday(LocalDate.of(2026, 6, 10));
        committee = Fixtures.committee();
        sector = Fixtures.sector(committee);
        otherSector = Fixtures.sector(committee);
        group = Fixtures.group(committee);
        otherGroup = Fixtures.group(committee);
        townshipA = Fixtures.township(committee);
        townshipB = Fixtures.township(committee);
        platform = Fixtures.platform(committee, townshipA);
        studio = Fixtures.studio(committee, townshipA);
        for (int i = 0; i < 3; i++) {
            Map<String, Object> member = Fixtures.memberFields(committee, i < 2 ? sector : otherSector);
            member.put("groupId", group);
            members.add(Fixtures.create("/api/v1/members", member));
        }
    }

    private Map<String, Object> visit(String kind, LocalDate date, long township, int people, long... memberIds) {
        Map<String, Object> fields = Fixtures.visitFields(committee, township, memberIds);
        fields.put("kind", kind);
        fields.put("date", date.toString());
        fields.put("peopleReceived", people);
        return fields;
    }

    @Test
    void theDaysFollowEveryChangeOfAVisitAndTheReportEqualsTheList() throws SQLException {
        world();
        long household = Fixtures.create(VISITS, visit("HOUSEHOLD", LocalDate.of(2026, 5, 4), townshipA, 4,
                members.get(0), members.get(1)));
        assertDaysMatchVisits("a household visit of two members");
        Map<String, Object> reception = visit("RECEPTION_DAY", LocalDate.of(2026, 5, 4), townshipA, 12, members.get(2));
        reception.put("studioId", studio);
        reception.put("platformId", platform);
        long receptionDay = Fixtures.create(VISITS, reception);
        assertDaysMatchVisits("a reception day at a studio");
        long talk = Fixtures.create(VISITS, visit("PUBLIC_TALK", LocalDate.of(2026, 4, 20), townshipB, 30,
                members.get(0)));
        assertDaysMatchVisits("a public talk in another township");
        assertReportEqualsList();

        // Moved to another day, kind and township, with other people and other members.
        Map<String, Object> moved = visit("INSPECTION", LocalDate.of(2026, 6, 1), townshipB, 7, members.get(0),
                members.get(2));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(moved).when()
                .put(VISITS + "/" + household).then().statusCode(200);
        assertDaysMatchVisits("a visit moved and its members changed");
        // Only its members changed: one member less.
        Map<String, Object> fewer = visit("INSPECTION", LocalDate.of(2026, 6, 1), townshipB, 7, members.get(2));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(fewer).when()
                .put(VISITS + "/" + household).then().statusCode(200);
        assertDaysMatchVisits("a member taken from a visit");
        // Only its topic changed: nothing counted changes.
        Map<String, Object> retitled = visit("PUBLIC_TALK", LocalDate.of(2026, 4, 20), townshipB, 30, members.get(0));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(retitled).when()
                .put(VISITS + "/" + talk).then().statusCode(200);
        assertDaysMatchVisits("a visit retitled");
        assertReportEqualsList();
        // A member moves to another group and sector: the visits they were at count for the new ones.
        Map<String, Object> moving = Fixtures.memberFields(committee, otherSector);
        moving.put("groupId", otherGroup);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(moving).when()
                .put("/api/v1/members/" + members.get(2)).then().statusCode(200);
        assertDaysMatchVisits("a member moved to another group and sector");
        assertReportEqualsList();
        given().when().delete(VISITS + "/" + receptionDay).then().statusCode(204);
        assertDaysMatchVisits("a visit deleted");
        assertReportEqualsList();
    }

    /** Twenty visits of one member on one day, written at once: each adds to the same rows, none lost. */
    @Test
    void visitsWrittenAtOnceAllCountOnTheirDay() throws Exception {
        world();
        List<Callable<Long>> writes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Map<String, Object> fields = visit("HOUSEHOLD", LocalDate.of(2026, 6, 9), townshipA, 2, members.get(0),
                    members.get(1));
            LocalTime start = LocalTime.of(7, 0).plusMinutes(30L * i);
            fields.put("startTime", start.toString());
            fields.put("endTime", start.plusMinutes(25).toString());
            writes.add(() -> Fixtures.create(VISITS, fields));
        }
        assertEquals(20, Parallel.run(writes).size());
        assertDaysMatchVisits("twenty at once");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select visits, people_received, members_present from visit_day"
                        + " where committee_id = " + committee + " and day = date '2026-06-09'")) {
            rs.next();
            assertEquals(List.of(20L, 40L, 40L), List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
        }
    }

    @Test
    void theRebuildGivesTheDaysBackFromTheVisits() throws SQLException {
        world();
        Fixtures.create(VISITS, visit("HOUSEHOLD", LocalDate.of(2026, 5, 4), townshipA, 4, members.get(0)));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("update visit_day set visits = visits + 5, members_present = 0");
            statement.execute("update visit_month set people_received = 0");
            statement.execute("delete from visit_member_day");
            statement.execute("update visit_participant_month set visits = 0 where participant = 'GROUP'");
            statement.execute("delete from visit_participant where participant = 'SECTOR'");
            assertEquals(8, differences(connection).size());
            statement.execute("select visit_day_rebuild(), visit_participant_rebuild()");
            assertEquals(List.of(), differences(connection));
        }
    }

    private void assertDaysMatchVisits(String after) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertEquals(List.of(), differences(connection), "after " + after);
        }
    }

    private List<String> differences(Connection connection) throws SQLException {
        List<String> rows = KeptRows.differences(connection, "visit_day",
                "(visits, people_received, members_present) <> (0, 0, 0)", committee);
        rows.addAll(KeptRows.differences(connection, "visit_month",
                "(visits, people_received, members_present) <> (0, 0, 0)", committee));
        rows.addAll(KeptRows.differences(connection, "visit_member_day", "visits <> 0", committee));
        rows.addAll(KeptRows.differences(connection, "visit_participant", "true", committee));
        rows.addAll(KeptRows.differences(connection, "visit_participant_month",
                "(visits, people_received, members_present) <> (0, 0, 0)", committee));
        return rows;
    }

    /**
     * The visit figures, whole and by township, platform, studio, group, sector and member, are the visit list's for
     * each: for the year (its whole months) and for a period that starts and ends inside a month (its days around them).
     */
    private void assertReportEqualsList() {
        for (Map<String, Object> period : List.<Map<String, Object>>of(Map.of("from", "2026-01-01", "to", "2026-12-31"),
                Map.of("from", "2026-04-15", "to", "2026-06-05"))) {
            JsonPath whole = given().queryParams("committeeId", committee).queryParams(period).when()
                    .get("/api/v1/reports/summary").then().statusCode(200).extract().jsonPath();
            assertFigures(whole, "figures", period, Map.of());
            for (String by : List.of("TOWNSHIP", "PLATFORM", "STUDIO", "GROUP", "SECTOR", "MEMBER")) {
                JsonPath breakdown = given().queryParams("committeeId", committee, "by", by).queryParams(period)
                        .when().get("/api/v1/reports/breakdown").then().statusCode(200).extract().jsonPath();
                List<Integer> ids = breakdown.getList("rows.slice.id");
                for (int r = 0; r < ids.size(); r++) {
                    assertFigures(breakdown, "rows[" + r + "].figures", period,
                            Map.of(by.toLowerCase() + "Id", ids.get(r)));
                }
            }
        }
    }

    private void assertFigures(JsonPath report, String figures, Map<String, Object> period,
            Map<String, Object> slice) {
        JsonPath all = list(period, slice, null);
        JsonPath household = list(period, slice, "HOUSEHOLD");
        JsonPath reception = list(period, slice, "RECEPTION_DAY");
        String where = figures + " " + period + " " + slice;
        assertEquals(all.getLong("total"), value(report, figures, "VISITS"), where);
        assertEquals(all.getLong("peopleReceived"), value(report, figures, "PEOPLE_RECEIVED"), where);
        assertEquals(all.getLong("membersPresent"), value(report, figures, "MEMBERS_PRESENT"), where);
        assertEquals(household.getLong("membersPresent"), value(report, figures, "HOUSEHOLD_MEMBER_VISITS"), where);
        assertEquals(reception.getLong("peopleReceived"), value(report, figures, "STUDIO_PEOPLE_RECEIVED"), where);
    }

    private JsonPath list(Map<String, Object> period, Map<String, Object> slice, String kind) {
        var request = given().queryParams("committeeId", committee, "size", 1).queryParams(period).queryParams(slice);
        if (kind != null) {
            request.queryParam("kind", kind);
        }
        return request.when().get(VISITS).then().statusCode(200).extract().jsonPath();
    }

    private static long value(JsonPath report, String figures, String key) {
        return ((Number) report.get(figures + ".find { it.key == '" + key + "' }.value")).longValue();
    }
}
