package cn.cppcc.liaison.duty;

import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static cn.cppcc.liaison.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cppcc.liaison.kernel.Role;
import cn.cppcc.liaison.support.Auth;
import cn.cppcc.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DutyTurnResourceTest {

    private static final String TURNS = "/api/v1/duty-turns";

    /** A committee with a township, its platform and {@code members} active members living there. */
    record Township(long committee, long sector, long township, long platform, List<Long> members) {

        static Township withMembers(int members) {
            long committee = Fixtures.committee();
            long sector = Fixtures.sector(committee);
            long township = Fixtures.township(committee);
            long platform = Fixtures.platform(committee, township);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < members; i++) {
                ids.add(member(committee, sector, township));
            }
            return new Township(committee, sector, township, platform, ids);
        }

        static long member(long committee, long sector, long township) {
            Map<String, Object> fields = Fixtures.memberFields(committee, sector);
            fields.put("townshipId", township);
            return Fixtures.create("/api/v1/members", fields);
        }

        long secondPlatform() {
            return Fixtures.platform(committee, Fixtures.township(committee));
        }
    }

    private static YearMonth thisMonth() {
        return YearMonth.now(ZoneId.of("Asia/Shanghai"));
    }

    private static JsonPath roster(long platform, int year, boolean save) {
        return given().contentType(ContentType.JSON).body(Map.of("platformId", platform, "year", year, "save", save))
                .when().post(TURNS + "/roster").then().statusCode(200).extract().jsonPath();
    }

    private static long turn(long platform, long member, YearMonth month) {
        return Fixtures.create(TURNS, Map.of("platformId", platform, "memberId", member, "month", month.toString()));
    }

    private static Map<Long, Integer> turnsPerMember(List<Integer> memberIds) {
        Map<Long, Integer> counts = new HashMap<>();
        memberIds.forEach(id -> counts.merge(id.longValue(), 1, Integer::sum));
        return counts;
    }

    @Test
    void withSevenMembersEveryoneServesOnceBeforeAnyoneServesTwice() {
        Township t = Township.withMembers(7);
        JsonPath plan = roster(t.platform(), 2027, false);
        List<Integer> members = plan.getList("months.memberId");
        assertEquals(12, members.size());
        assertEquals(7, new HashSet<>(members.subList(0, 7)).size(), "the first seven months go to seven members");
        Map<Long, Integer> counts = turnsPerMember(members);
        assertEquals(7, counts.size());
        assertTrue(counts.values().stream().allMatch(n -> n == 1 || n == 2), "one or two turns each: " + counts);
        assertEquals(false, plan.getBoolean("saved"));
        given().queryParam("platformId", t.platform()).when().get(TURNS).then().body("total", equalTo(0));
    }

    @Test
    void withTwelveMembersEachServesExactlyOnce() {
        Township t = Township.withMembers(12);
        List<Integer> members = roster(t.platform(), 2027, false).getList("months.memberId");
        assertEquals(Set.copyOf(t.members().stream().map(Long::intValue).toList()), Set.copyOf(members));
        assertEquals(12, members.size());
    }

    @Test
    void withTwentyFiveMembersNextYearContinuesWithThoseWhoHaveNotServed() {
        Township t = Township.withMembers(25);
        JsonPath first = roster(t.platform(), 2027, true);
        assertEquals(12, first.getInt("created"));
        Set<Integer> served = Set.copyOf(first.getList("months.memberId"));
        assertEquals(12, served.size());
        List<Integer> next = roster(t.platform(), 2028, false).getList("months.memberId");
        assertEquals(12, Set.copyOf(next).size());
        assertTrue(next.stream().noneMatch(served::contains), "2028 first turns to the 13 who did not serve in 2027");
    }

    @Test
    void suspendedMembersAndOtherTownshipsAreLeftOut() {
        Township t = Township.withMembers(3);
        long suspended = t.members().get(0);
        Fixtures.changeStatus(suspended, Map.of("status", "SUSPENDED", "reason", "因病暂停履职"));
        Township.member(t.committee(), t.sector(), Fixtures.township(t.committee()));
        JsonPath plan = roster(t.platform(), 2027, false);
        assertEquals(2, plan.getInt("candidates"));
        assertTrue(plan.getList("months.memberId").stream().noneMatch(id -> ((Integer) id).longValue() == suspended));
    }

    @Test
    void aTownshipWithoutActiveMembersCannotBeScheduled() {
        Township t = Township.withMembers(0);
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("platformId", t.platform(), "year", 2027))
                .when().post(TURNS + "/roster").then(), 409, "illegal-state")
                .body("detail", containsString("没有在职委员"));
    }

    @Test
    void savingKeepsMonthsAlreadyScheduledAndAvoidsMembersOnDutyElsewhere() {
        Township t = Township.withMembers(2);
        long a = t.members().get(0);
        long b = t.members().get(1);
        turn(t.platform(), a, YearMonth.of(2027, 3));
        // b is on duty at another platform in January, so January goes to a.
        turn(t.secondPlatform(), b, YearMonth.of(2027, 1));
        JsonPath saved = roster(t.platform(), 2027, true);
        assertEquals(11, saved.getInt("created"));
        assertEquals((int) a, saved.getInt("months[0].memberId"));
        assertEquals(false, saved.getBoolean("months[2].planned"));
        assertEquals((int) a, saved.getInt("months[2].memberId"));
        given().queryParams(Map.of("platformId", t.platform(), "year", 2027)).when().get(TURNS)
                .then().body("total", equalTo(12));
        // Saving again changes nothing.
        assertEquals(0, roster(t.platform(), 2027, true).getInt("created"));
    }

    @Test
    void oneTurnPerPlatformAndMonthAndOnePerMemberAndMonth() {
        Township t = Township.withMembers(2);
        YearMonth march = YearMonth.of(2027, 3);
        turn(t.platform(), t.members().get(0), march);
        assertProblem(given().contentType(ContentType.JSON)
                .body(Map.of("platformId", t.platform(), "memberId", t.members().get(1), "month", march.toString()))
                .when().post(TURNS).then(), 409, "duplicate");
        assertProblem(given().contentType(ContentType.JSON)
                .body(Map.of("platformId", t.secondPlatform(), "memberId", t.members().get(0), "month", march.toString()))
                .when().post(TURNS).then(), 409, "duplicate").body("errors[0].field", equalTo("memberId"));
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON)
                .body(Map.of("platformId", t.platform(), "memberId", t.members().get(1), "month", "2027-13"))
                .when().post(TURNS).then(), "month");
    }

    @Test
    void swappingTradesMembersEvenWithinOneMonthButNeverDoublesAMembersMonth() {
        Township t = Township.withMembers(3);
        long a = t.members().get(0);
        long b = t.members().get(1);
        long other = t.secondPlatform();
        long aJan = turn(t.platform(), a, YearMonth.of(2027, 1));
        long bJan = turn(other, b, YearMonth.of(2027, 1));
        given().contentType(ContentType.JSON).body(Map.of("firstId", aJan, "secondId", bJan))
                .when().post(TURNS + "/swap").then().statusCode(200)
                .body("[0].memberId", equalTo((int) b)).body("[1].memberId", equalTo((int) a));
        // b now serves January at the first platform and also February at the other: swapping b's January
        // with a's February turn there would give a two turns in February.
        long aFeb = turn(other, a, YearMonth.of(2027, 2));
        long cFeb = turn(t.platform(), t.members().get(2), YearMonth.of(2027, 2));
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("firstId", bJan, "secondId", cFeb))
                .when().post(TURNS + "/swap").then(), 409, "duplicate");
        given().when().get(TURNS + "/" + aFeb).then().body("memberId", equalTo((int) a));
    }

    @Test
    void aTurnIsRecordedDoneOrMissedOnceItsMonthHasCome() {
        Township t = Township.withMembers(2);
        long now = turn(t.platform(), t.members().get(0), thisMonth());
        long later = turn(t.platform(), t.members().get(1), thisMonth().plusMonths(1));
        given().contentType(ContentType.JSON)
                .body(Map.of("outcome", "DONE", "policyExplained", true, "opinionsCollected", 3, "eventsHeld", 1,
                        "peopleReached", 46, "note", "入户宣讲惠农补贴政策"))
                .when().post(TURNS + "/" + now + "/record").then().statusCode(200)
                .body("status", equalTo("DONE")).body("opinionsCollected", equalTo(3))
                .body("recordedBy", equalTo(Auth.ADMIN_USERNAME));
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("outcome", "DONE"))
                .when().post(TURNS + "/" + later + "/record").then(), 409, "illegal-state");
        assertProblem(Fixtures.broken().contentType(ContentType.JSON).body(Map.of("outcome", "MISSED"))
                .when().post(TURNS + "/" + now + "/record").then(), 409, "illegal-state")
                .body("detail", containsString("SCHEDULED"));
    }

    @Test
    void missingATurnNeedsAReasonAndTheOfficeCanUndoARecord() {
        Township t = Township.withMembers(1);
        long turn = turn(t.platform(), t.members().get(0), thisMonth().minusMonths(1));
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(Map.of("outcome", "MISSED"))
                .when().post(TURNS + "/" + turn + "/record").then(), "missedReason");
        // What a missed month did not do is refused, not silently dropped.
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON)
                .body(Map.of("outcome", "MISSED", "missedReason", "外出学习", "peopleReached", 12))
                .when().post(TURNS + "/" + turn + "/record").then(), "peopleReached");
        given().contentType(ContentType.JSON).body(Map.of("outcome", "MISSED", "missedReason", "外出学习"))
                .when().post(TURNS + "/" + turn + "/record").then().statusCode(200).body("status", equalTo("MISSED"));
        assertProblem(given().when().delete(TURNS + "/" + turn).then(), 409, "illegal-state");
        given().contentType(ContentType.JSON).body(Map.of("outcome", "SCHEDULED"))
                .when().post(TURNS + "/" + turn + "/record").then().statusCode(200)
                .body("status", equalTo("SCHEDULED")).body("missedReason", nullValue()).body("overdue", equalTo(true));
        given().when().delete(TURNS + "/" + turn).then().statusCode(204);
    }

    @Test
    void membersRecordTheirOwnTurnsOnlyAndOnlyTheOfficeUndoes() {
        Township t = Township.withMembers(2);
        long own = turn(t.platform(), t.members().get(0), thisMonth());
        long others = turn(t.secondPlatform(), t.members().get(1), thisMonth());
        String member = Auth.signedIn(Role.MEMBER, t.committee(), t.members().get(0), null);
        Auth.as(member).contentType(ContentType.JSON).body(Map.of("outcome", "DONE", "peopleReached", 12))
                .when().post(TURNS + "/" + own + "/record").then().statusCode(200);
        assertProblem(Auth.as(member).contentType(ContentType.JSON).body(Map.of("outcome", "DONE"))
                .when().post(TURNS + "/" + others + "/record").then(), 403, "forbidden");
        assertProblem(Auth.as(member).contentType(ContentType.JSON).body(Map.of("outcome", "SCHEDULED"))
                .when().post(TURNS + "/" + own + "/record").then(), 403, "forbidden");
        String reporter = Auth.signedIn(Role.REPORTER, t.committee(), null, null);
        assertProblem(Auth.as(reporter).contentType(ContentType.JSON).body(Map.of("platformId", t.platform(), "year", 2027))
                .when().post(TURNS + "/roster").then(), 403, "forbidden");
        Auth.as(reporter).when().get(TURNS + "/" + own).then().statusCode(200).body("status", equalTo("DONE"));
    }

    @Test
    void theOverdueListHoldsPastTurnsNobodyRecorded() {
        Township t = Township.withMembers(3);
        long past = turn(t.platform(), t.members().get(0), thisMonth().minusMonths(2));
        long recorded = turn(t.platform(), t.members().get(1), thisMonth().minusMonths(1));
        turn(t.platform(), t.members().get(2), thisMonth());
        given().contentType(ContentType.JSON).body(Map.of("outcome", "DONE"))
                .when().post(TURNS + "/" + recorded + "/record").then().statusCode(200);
        given().queryParams(Map.of("committeeId", t.committee(), "overdue", true)).when().get(TURNS)
                .then().body("total", equalTo(1)).body("items[0].id", equalTo((int) past))
                .body("items[0].overdue", equalTo(true));
        given().queryParams(Map.of("committeeId", t.committee(), "overdue", false)).when().get(TURNS)
                .then().body("total", equalTo(2));
    }

    @Test
    void anotherCommitteesTurnsDoNotExistForItsOffice() {
        Township t = Township.withMembers(1);
        long turn = turn(t.platform(), t.members().get(0), YearMonth.of(2027, 5));
        String office = Auth.signedIn(Role.OFFICE, Fixtures.committee(), null, null);
        assertProblem(Auth.as(office).when().get(TURNS + "/" + turn).then(), 404, "not-found");
        assertFieldError(Auth.as(office).contentType(ContentType.JSON)
                .body(Map.of("platformId", t.platform(), "year", 2027))
                .when().post(TURNS + "/roster").then(), "platformId");
        Auth.as(office).when().get(TURNS).then().body("total", equalTo(0));
    }

    @Test
    void reassigningATurnNeedsItsVersionAndAnActiveMember() {
        Township t = Township.withMembers(2);
        long turn = turn(t.platform(), t.members().get(0), YearMonth.of(2027, 6));
        Map<String, Object> fields = Map.of("platformId", t.platform(), "memberId", t.members().get(1), "month", "2027-06");
        assertProblem(Fixtures.broken().contentType(ContentType.JSON).body(fields).when().put(TURNS + "/" + turn).then(),
                428, "precondition-required");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fields)
                .when().put(TURNS + "/" + turn).then().statusCode(200).body("memberId", equalTo(t.members().get(1).intValue()));
        Fixtures.changeStatus(t.members().get(0), Map.of("status", "REMOVED", "reason", "调离本市"));
        assertFieldError(given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("platformId", t.platform(), "memberId", t.members().get(0), "month", "2027-06"))
                .when().put(TURNS + "/" + turn).then(), "memberId");
    }

    @Test
    void aDoneTurnNamesTheVisitsItsMemberMadeThatMonthAndTheyCannotBeDeletedUnderIt() {
        Township t = Township.withMembers(2);
        long member = t.members().get(0);
        java.time.LocalDate yesterday = java.time.LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
        long turn = turn(t.platform(), member, YearMonth.from(yesterday));
        Map<String, Object> fields = Fixtures.visitFields(t.committee(), t.township(), member);
        fields.put("date", yesterday.toString());
        long visit = Fixtures.create("/api/v1/visits", fields);
        long withoutMember = Fixtures.visit(t.committee(), t.township(), t.members().get(1));
        Map<String, Object> earlier = Fixtures.visitFields(t.committee(), t.township(), member);
        earlier.put("date", yesterday.minusMonths(1).toString());
        long lastMonth = Fixtures.create("/api/v1/visits", earlier);

        assertFieldError(given().contentType(ContentType.JSON).body(Map.of("outcome", "DONE", "visitIds", List.of(withoutMember)))
                .when().post(TURNS + "/" + turn + "/record").then(), "visitIds");
        assertFieldError(given().contentType(ContentType.JSON).body(Map.of("outcome", "DONE", "visitIds", List.of(lastMonth)))
                .when().post(TURNS + "/" + turn + "/record").then(), "visitIds");
        given().contentType(ContentType.JSON).body(Map.of("outcome", "DONE", "visitIds", List.of(visit)))
                .when().post(TURNS + "/" + turn + "/record").then().statusCode(200)
                .body("visitIds", equalTo(List.of((int) visit)));
        assertProblem(given().when().delete("/api/v1/visits/" + visit).then(), 409, "in-use")
                .body("references[0].resource", equalTo("duty-turns"));
        given().contentType(ContentType.JSON).body(Map.of("outcome", "SCHEDULED"))
                .when().post(TURNS + "/" + turn + "/record").then().statusCode(200).body("visitIds", equalTo(List.of()));
        given().when().delete("/api/v1/visits/" + visit).then().statusCode(204);
    }
}
