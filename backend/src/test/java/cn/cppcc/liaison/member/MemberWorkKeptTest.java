package cn.cppcc.liaison.member;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.work.MemberWork;
import cn.cppcc.liaison.kernel.work.MemberWorkQuery;
import cn.cppcc.liaison.support.Fixtures;
import cn.cppcc.liaison.support.KeptRows;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who worked when (member_work, V20) follows every kind of work through every change in the same transaction: a
 * visit, a duty turn, a consultation's attendance, a proposal's signers and acceptance, an activity and an opinion,
 * each created, changed and deleted. After each, the kept rows equal what the records give now, and 挂牌委员 read
 * from them is what the members' records' items give, for periods cut every way the kept spans can be read.
 */
@QuarkusTest
class MemberWorkKeptTest {

    @Inject
    OfficeClock clock;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Event<MemberWorkQuery> work;

    private long committee;
    private long township;
    private long platform;
    private long first;
    private long second;
    private long third;

    private void world() {
        clock.setToday(LocalDate.of(2026, 6, 10));
        committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        township = Fixtures.township(committee);
        platform = Fixtures.platform(committee, township);
        first = Fixtures.member(committee, sector);
        second = Fixtures.member(committee, sector);
        third = Fixtures.member(committee, sector);
    }

    @Test
    void theWorkFollowsEveryChangeOfEveryKindOfRecord() throws SQLException {
        world();
        assertKept("no work yet", 3);

        long visit = Fixtures.create("/api/v1/visits", visitFields("2026-05-04", first, second));
        assertKept("a visit of two members", 1);
        put("/api/v1/visits/" + visit, 0, visitFields("2026-06-01", second));
        assertKept("a visit moved and a member taken from it", 2);
        given().when().delete("/api/v1/visits/" + visit).then().statusCode(204);
        assertKept("a visit deleted", 3);

        long turn = Fixtures.create("/api/v1/duty-turns", Map.of("platformId", platform, "memberId", first,
                "month", "2026-05"));
        assertKept("a duty turn scheduled", 3);
        given().contentType(ContentType.JSON).body(Map.of("outcome", "DONE", "peopleReached", 12))
                .when().post("/api/v1/duty-turns/" + turn + "/record").then().statusCode(200);
        assertKept("a duty turn done", 2);

        Map<String, Object> held = consultationFields("2026-04-20", Map.of(second, "PRESENT", third, "ABSENT"));
        long consultation = Fixtures.create("/api/v1/consultations", held);
        assertKept("a consultation one member attended", 1);
        Map<String, Object> moved = consultationFields("2026-05-20", Map.of(second, "EXCUSED", third, "PRESENT"));
        moved.put("topic", held.get("topic"));
        put("/api/v1/consultations/" + consultation, 0, moved);
        assertKept("a consultation moved, its attendance changed", 1);
        given().when().delete("/api/v1/consultations/" + consultation).then().statusCode(204);
        assertKept("a consultation deleted", 2);

        Map<String, Object> filed = Fixtures.proposalFields(committee, second, third);
        filed.put("filedOn", "2026-03-02");
        long proposal = Fixtures.create("/api/v1/proposals", filed);
        assertKept("a proposal led and co-signed", 0);
        Map<String, Object> signers = Fixtures.proposalFields(committee, second);
        signers.put("filedOn", "2026-03-02");
        signers.put("title", filed.get("title"));
        put("/api/v1/proposals/" + proposal, 0, signers);
        assertKept("a co-signer taken from a proposal", 1);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("status", "ACCEPTED"))
                .when().post("/api/v1/proposals/" + proposal + "/status").then().statusCode(200);
        assertKept("a proposal accepted", 1);

        Map<String, Object> activity = Fixtures.activityFields(committee, third);
        activity.put("date", "2026-02-14");
        long done = Fixtures.create("/api/v1/activities", activity);
        assertKept("an activity", 0);
        activity.put("date", "2025-12-30");
        put("/api/v1/activities/" + done, 0, activity);
        assertKept("an activity moved to the year before", 1);
        given().when().delete("/api/v1/activities/" + done).then().statusCode(204);
        assertKept("an activity deleted", 1);

        long category = Fixtures.create("/api/v1/opinion-categories",
                Map.of("committeeId", committee, "name", Fixtures.unique("交通")));
        long opinion = Fixtures.create("/api/v1/opinions", Fixtures.opinionFields(committee, category, township,
                "2026-06-02", "村道破损", third));
        assertKept("an opinion drafted", 1);
        given().contentType(ContentType.JSON).body(Map.of("action", "SUBMIT"))
                .when().post("/api/v1/opinions/" + opinion + "/transitions").then().statusCode(200);
        assertKept("an opinion submitted", 0);
    }

    @Test
    void theRebuildGivesTheWorkBackFromTheRecords() throws SQLException {
        world();
        Fixtures.create("/api/v1/visits", visitFields("2026-05-04", first));
        Map<String, Object> activity = Fixtures.activityFields(committee, second);
        activity.put("date", "2026-02-14");
        Fixtures.create("/api/v1/activities", activity);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("update member_work set work = work + 2 where committee_id = " + committee
                    + " and span = 'Y'");
            statement.execute("delete from member_work where committee_id = " + committee + " and span = 'D'");
            assertTrue(differences(connection).size() >= 4);
            statement.execute("select member_work_rebuild()");
            assertEquals(List.of(), differences(connection));
            // Rebuilding the visits' or the opinions' kept days rebuilds who worked when once at its end.
            statement.execute("delete from member_work where committee_id = " + committee);
            statement.execute("select visit_day_rebuild()");
            assertEquals(List.of(), differences(connection), "after the visits' days were rebuilt");
            statement.execute("delete from member_work where committee_id = " + committee);
            statement.execute("select opinion_day_rebuild()");
            assertEquals(List.of(), differences(connection), "after the opinions' days were rebuilt");
        }
    }

    /**
     * The kept rows equal the live ones, 挂牌委员 of 2026 in the year's report is as expected, and for periods of days,
     * months, quarters and a year cut every way it is what the members' records' items give.
     */
    private void assertKept(String after, long idleIn2026) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertEquals(List.of(), differences(connection), "after " + after);
        }
        assertEquals(idleIn2026, idle("2026-01-01", "2026-12-31"), "after " + after);
        // Days only; a day; whole months with days before and after; days before a whole month; a whole year with
        // days before and after it, ending after today (solved opinions count up to today); a whole quarter; a
        // quarter with days before and after; a quarter then whole months.
        for (String[] period : List.of(new String[] {"2026-05-02", "2026-06-01"}, new String[] {"2026-04-20",
                "2026-04-20"}, new String[] {"2025-11-15", "2026-03-02"}, new String[] {"2026-04-15", "2026-06-30"},
                new String[] {"2025-12-15", "2027-01-10"}, new String[] {"2026-01-01", "2026-03-31"},
                new String[] {"2026-03-20", "2026-07-05"}, new String[] {"2025-10-01", "2026-02-28"})) {
            assertEquals(fromItems(period[0], period[1]), idle(period[0], period[1]),
                    "after " + after + ": " + period[0] + "–" + period[1]);
        }
    }

    private List<String> differences(Connection connection) throws SQLException {
        return KeptRows.differences(connection, "member_work", "(work, solved) <> (0, 0)", committee);
    }

    /** 挂牌委员 in the report for the period. */
    private long idle(String from, String to) {
        return given().queryParams("committeeId", committee, "from", from, "to", to).when()
                .get("/api/v1/reports/summary").then().statusCode(200).extract().jsonPath()
                .getLong("figures.find { it.key == 'INACTIVE_MEMBERS' }.value");
    }

    /** The members in office in the period none of whose items in their record is work, found from the items. */
    private long fromItems(String from, String to) {
        LocalDate first = LocalDate.parse(from);
        LocalDate last = LocalDate.parse(to);
        return QuarkusTransaction.requiringNew().call(() -> {
            Set<Long> idle = new HashSet<>(MemberTerms.inOffice(committee, null, first, last, clock.today()));
            MemberWorkQuery query = new MemberWorkQuery(committee, null, first, last, clock.today());
            work.fire(query);
            query.items().stream().filter(item -> item.kind().isWork()).map(MemberWork::memberId)
                    .forEach(idle::remove);
            return (long) idle.size();
        });
    }

    private Map<String, Object> visitFields(String date, long... members) {
        Map<String, Object> fields = Fixtures.visitFields(committee, township, members);
        fields.put("date", date);
        return fields;
    }

    private Map<String, Object> consultationFields(String heldOn, Map<Long, String> members) {
        return Fixtures.consultationFields(committee, township, platform, heldOn, members, "村道养护协商");
    }

    private static void put(String path, int version, Map<String, Object> body) {
        given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(body).when().put(path)
                .then().statusCode(200);
    }
}
