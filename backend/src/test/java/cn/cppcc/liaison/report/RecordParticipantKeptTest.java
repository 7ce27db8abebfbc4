package cn.cppcc.liaison.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.support.Fixtures;
import cn.cppcc.liaison.support.KeptRows;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The consultations', activities' and proposals' figures by who took part (record_participant, V23) follow every
 * change in the same transaction: a consultation's day and attendance, an activity's day, people and members, a
 * proposal's signers and acceptance, a member moving to another group and sector, and deletions. After each, the kept rows equal what the records give now, and a breakdown
 * by group, sector and member over a period of part months and whole months gives each row's list total.
 */
@QuarkusTest
class RecordParticipantKeptTest {

    private static final String FROM = "2026-02-10";
    private static final String TO = "2026-05-25";
    /** The figures the kept rows give by who took part. */
    private static final List<String> KEPT = List.of("CONSULTATIONS", "ACTIVITIES", "PEOPLE_REACHED",
            "RESEARCH_REPORTS", "PROPOSALS_FILED", "PROPOSALS_ACCEPTED", "PROPOSALS_ANSWERED");

    @Inject
    OfficeClock clock;

    @Inject
    AgroalDataSource dataSource;

    private long committee;
    private long township;
    private long platform;
    private long group;
    private long otherGroup;
    private long otherSector;
    private final List<Long> members = new ArrayList<>();

    private void world() {
        clock.setToday(LocalDate.of(2026, 6, 10));
        committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        otherSector = Fixtures.sector(committee);
        township = Fixtures.township(committee);
        platform = Fixtures.platform(committee, township);
        group = Fixtures.group(committee);
        otherGroup = Fixtures.group(committee);
        for (long in : new long[] {group, group, otherGroup}) {
            Map<String, Object> member = Fixtures.memberFields(committee, sector);
            member.put("groupId", in);
            members.add(Fixtures.create("/api/v1/members", member));
        }
    }

    @Test
    void theKeptRowsFollowEveryChangeAndGiveTheListsTotals() throws SQLException {
        world();
        long first = members.get(0);
        long second = members.get(1);
        long third = members.get(2);

        // Two members of one group present: it counts once for the group; the absent member counts for no one.
        Map<String, Object> held = consultation("2026-02-20", Map.of(first, "PRESENT", second, "PRESENT",
                third, "ABSENT"));
        long consultation = Fixtures.create("/api/v1/consultations", held);
        assertKept("a consultation two members of a group attended");
        assertEquals(1, figure("GROUP", group, "CONSULTATIONS"));
        assertEquals(0, figure("GROUP", otherGroup, "CONSULTATIONS"));

        Map<String, Object> moved = consultation("2026-05-24", Map.of(first, "EXCUSED", second, "ABSENT",
                third, "PRESENT"));
        moved.put("topic", held.get("topic"));
        put("/api/v1/consultations/" + consultation, 0, moved);
        assertKept("a consultation moved into the last part month, its attendance changed");
        assertEquals(0, figure("GROUP", group, "CONSULTATIONS"));
        assertEquals(1, figure("GROUP", otherGroup, "CONSULTATIONS"));

        Map<String, Object> activity = Fixtures.activityFields(committee, first, second, third);
        activity.put("date", "2026-02-09");
        long done = Fixtures.create("/api/v1/activities", activity);
        assertKept("an activity the day before the period");
        assertEquals(0, figure("GROUP", group, "ACTIVITIES"));
        activity.put("date", "2026-03-31");
        activity.put("peopleReached", 45);
        activity.put("memberIds", List.of(first, third));
        put("/api/v1/activities/" + done, 0, activity);
        assertKept("an activity moved into a whole month, a member taken from it, its people changed");
        assertEquals(1, figure("GROUP", group, "ACTIVITIES"));
        assertEquals(45, figure("SECTOR", 0, "PEOPLE_REACHED"));

        // A proposal led by a member of the first group, co-signed by one of the other, filed and accepted in the
        // period; then its co-signer taken from it.
        Map<String, Object> filed = Fixtures.proposalFields(committee, first, third);
        filed.put("filedOn", "2026-03-02");
        long proposal = Fixtures.create("/api/v1/proposals", filed);
        assertKept("a proposal led and co-signed");
        assertEquals(1, figure("GROUP", otherGroup, "PROPOSALS_FILED"));
        clock.setToday(LocalDate.of(2026, 4, 15));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("status", "ACCEPTED"))
                .when().post("/api/v1/proposals/" + proposal + "/status").then().statusCode(200);
        clock.setToday(LocalDate.of(2026, 6, 10));
        assertKept("a proposal accepted in the period");
        assertEquals(1, figure("GROUP", group, "PROPOSALS_ACCEPTED"));
        Map<String, Object> signers = Fixtures.proposalFields(committee, first);
        signers.put("filedOn", "2026-03-02");
        signers.put("title", filed.get("title"));
        put("/api/v1/proposals/" + proposal, 1, signers);
        assertKept("a co-signer taken from a proposal");
        assertEquals(0, figure("GROUP", otherGroup, "PROPOSALS_FILED"));

        // The third member moves to the first group and another sector: their records count for the new ones.
        Map<String, Object> moving = Fixtures.memberFields(committee, otherSector);
        moving.put("groupId", group);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(moving).when()
                .put("/api/v1/members/" + third).then().statusCode(200);
        assertKept("a member moved to another group and sector");
        assertEquals(1, figure("GROUP", group, "CONSULTATIONS"));
        assertEquals(0, figure("GROUP", otherGroup, "CONSULTATIONS"));
        assertEquals(1, figure("SECTOR", otherSector, "ACTIVITIES"));

        given().when().delete("/api/v1/consultations/" + consultation).then().statusCode(204);
        given().when().delete("/api/v1/activities/" + done).then().statusCode(204);
        assertKept("the consultation and the activity deleted");
        assertEquals(0, figure("GROUP", group, "CONSULTATIONS"));
        assertEquals(0, figure("GROUP", group, "ACTIVITIES"));
    }

    @Test
    void theRebuildGivesTheRowsBackFromTheRecords() throws SQLException {
        world();
        Fixtures.create("/api/v1/consultations", consultation("2026-04-02", Map.of(members.get(0), "PRESENT")));
        Map<String, Object> activity = Fixtures.activityFields(committee, members.get(1), members.get(2));
        activity.put("date", "2026-04-14");
        Fixtures.create("/api/v1/activities", activity);
        Map<String, Object> proposal = Fixtures.proposalFields(committee, members.get(2), members.get(0));
        proposal.put("filedOn", "2026-04-03");
        Fixtures.create("/api/v1/proposals", proposal);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("update record_participant_month set records = records + 2 where committee_id = "
                    + committee);
            statement.execute("delete from record_participant where committee_id = " + committee
                    + " and participant = 'GROUP'");
            assertTrue(differences(connection).size() >= 4);
            statement.execute("select record_participant_rebuild()");
            assertEquals(List.of(), differences(connection));
        }
    }

    /** The kept rows equal the live ones, and every group's, sector's and member's row is its list's total. */
    private void assertKept(String after) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertEquals(List.of(), differences(connection), "after " + after);
        }
        for (String by : List.of("GROUP", "SECTOR", "MEMBER")) {
            JsonPath breakdown = breakdown(by);
            for (Map<String, Object> row : breakdown.<Map<String, Object>>getList("rows")) {
                for (Map<String, Object> figure : figures(row)) {
                    if (KEPT.contains((String) figure.get("key"))) {
                        DrillDowns.check(figure, 0, () -> given());
                    }
                }
            }
        }
    }

    private List<String> differences(Connection connection) throws SQLException {
        List<String> all = new ArrayList<>(KeptRows.differences(connection, "record_participant", "true",
                committee));
        all.addAll(KeptRows.differences(connection, "record_participant_month", "(records, people) <> (0, 0)",
                committee));
        return all;
    }

    /** A figure of the row {@code id} (any row's when {@code id} is 0) in the breakdown {@code by} the period. */
    private long figure(String by, long id, String key) {
        for (Map<String, Object> row : breakdown(by).<Map<String, Object>>getList("rows")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> slice = (Map<String, Object>) row.get("slice");
            if (id == 0 || ((Number) slice.get("id")).longValue() == id) {
                for (Map<String, Object> figure : figures(row)) {
                    if (key.equals(figure.get("key")) && (id != 0 || ((Number) figure.get("value")).longValue() > 0)) {
                        return ((Number) figure.get("value")).longValue();
                    }
                }
            }
        }
        return 0;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> figures(Map<String, Object> row) {
        return (List<Map<String, Object>>) row.get("figures");
    }

    private JsonPath breakdown(String by) {
        return given().queryParams("committeeId", committee, "from", FROM, "to", TO, "by", by).when()
                .get("/api/v1/reports/breakdown").then().statusCode(200).extract().jsonPath();
    }

    private Map<String, Object> consultation(String heldOn, Map<Long, String> attendance) {
        return Fixtures.consultationFields(committee, township, platform, heldOn, attendance, "村道养护协商");
    }

    private static void put(String path, int version, Map<String, Object> body) {
        given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(body).when().put(path)
                .then().statusCode(200);
    }
}
