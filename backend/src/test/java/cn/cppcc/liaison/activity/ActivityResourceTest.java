package cn.cppcc.liaison.activity;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static cn.cppcc.liaison.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import cn.cppcc.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActivityResourceTest {

    static final String ACTIVITIES = "/api/v1/activities";

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private static ValidatableResponse post(Map<String, Object> fields) {
        return given().contentType(ContentType.JSON).body(fields).when().post(ACTIVITIES).then();
    }

    @Test
    void anActivityIsRecordedWithItsMembersAndReadsBack() {
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        long zhou = Fixtures.create("/api/v1/members", Map.of("committeeId", committee, "sectorId", sector, "name", "周建华", "gender", "MALE"));
        long yi = Fixtures.create("/api/v1/members", Map.of("committeeId", committee, "sectorId", sector, "name", "易红梅", "gender", "FEMALE"));
        Map<String, Object> fields = Fixtures.activityFields(committee, zhou, yi);
        fields.putAll(Map.of("kind", "SCHOOL_READING", "date", "2026-03-12", "title", "委员进校园读书分享会",
                "description", "在书院路小学与四年级学生共读", "peopleReached", 120));
        long id = post(fields).statusCode(201).header("ETag", "\"0\"")
                .body("recordedBy", equalTo("test-admin")).extract().jsonPath().getLong("id");
        given().when().get(ACTIVITIES + "/" + id).then().statusCode(200)
                .body("kind", equalTo("SCHOOL_READING"))
                .body("date", equalTo("2026-03-12"))
                .body("title", equalTo("委员进校园读书分享会"))
                .body("members.name", contains("周建华", "易红梅"))
                .body("description", equalTo("在书院路小学与四年级学生共读"))
                .body("peopleReached", equalTo(120));
    }

    @Test
    void everyWrongFieldOfAnActivityComesBackInOneAnswer() {
        long committee = Fixtures.committee();
        long other = Fixtures.committee();
        Map<String, Object> fields = Fixtures.activityFields(committee, Fixtures.member(other, Fixtures.sector(other)));
        fields.put("date", TODAY.plusYears(1).toString());
        assertProblem(post(fields), 400, "validation").body("errors.field", containsInAnyOrder("date", "memberIds[0]"));
        given().queryParam("committeeId", committee).when().get(ACTIVITIES).then().body("total", equalTo(0));
    }

    @Test
    void anActivityMayNotBeDatedAfterTodayInBeijing() {
        long committee = Fixtures.committee();
        long member = Fixtures.member(committee, Fixtures.sector(committee));
        Map<String, Object> fields = Fixtures.activityFields(committee, member);
        fields.put("date", TODAY.plusDays(1).toString());
        assertFieldError(post(fields), "date");
        fields.put("date", TODAY.toString());
        post(fields).statusCode(201);
    }

    @Test
    void membersAreOneToAHundredOfTheCommitteeListedOnceAndPeopleReachedIsBounded() {
        long committee = Fixtures.committee();
        long member = Fixtures.member(committee, Fixtures.sector(committee));
        long other = Fixtures.committee();
        long foreigner = Fixtures.member(other, Fixtures.sector(other));
        assertFieldError(post(Fixtures.activityFields(committee, member, foreigner)), "memberIds[1]");
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(Fixtures.activityFields(committee, member, member))
                .when().post(ACTIVITIES).then(), "memberIds[1]");
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(Fixtures.activityFields(committee))
                .when().post(ACTIVITIES).then(), "memberIds");
        List<Long> tooMany = new ArrayList<>();
        for (long i = 1; i <= 101; i++) {
            tooMany.add(i);
        }
        Map<String, Object> crowded = Fixtures.activityFields(committee, member);
        crowded.put("memberIds", tooMany);
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(crowded).when().post(ACTIVITIES).then(), "memberIds");
        for (int people : new int[] {-1, 100_001}) {
            Map<String, Object> fields = Fixtures.activityFields(committee, member);
            fields.put("peopleReached", people);
            assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(fields).when().post(ACTIVITIES).then(),
                    "peopleReached");
        }
        Map<String, Object> fields = Fixtures.activityFields(committee, member);
        fields.put("kind", "PARADE");
        assertProblem(Fixtures.broken().contentType(ContentType.JSON).body(fields).when().post(ACTIVITIES).then(), 400, "validation");
        fields = Fixtures.activityFields(committee, member);
        fields.put("peopleReached", "12");
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(fields).when().post(ACTIVITIES).then(), "peopleReached");
    }

    @Test
    void theListCountsAndSumsPeopleReachedOverEverythingTheFiltersMatch() {
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        long a = Fixtures.member(committee, sector);
        long b = Fixtures.member(committee, sector);
        long[] reached = {30, 45, 5};
        String[] kinds = {"RESEARCH", "VOLUNTEER", "VOLUNTEER"};
        String[] dates = {"2026-01-10", "2026-02-10", "2026-03-10"};
        long[][] members = {{a}, {a, b}, {b}};
        for (int i = 0; i < reached.length; i++) {
            Map<String, Object> fields = Fixtures.activityFields(committee, members[i]);
            fields.putAll(Map.of("peopleReached", reached[i], "kind", kinds[i], "date", dates[i]));
            Fixtures.create(ACTIVITIES, fields);
        }
        long other = Fixtures.committee();
        Fixtures.activity(other, Fixtures.member(other, Fixtures.sector(other)));

        list(Map.of("committeeId", committee, "size", 1)).body("total", equalTo(3)).body("peopleReached", equalTo(80))
                .body("items", hasSize(1)).body("items[0].date", equalTo("2026-03-10"));
        list(Map.of()).body("total", equalTo(4)).body("peopleReached", equalTo(90));
        list(Map.of("committeeId", committee, "kind", "VOLUNTEER")).body("total", equalTo(2)).body("peopleReached", equalTo(50));
        list(Map.of("memberId", a)).body("total", equalTo(2)).body("peopleReached", equalTo(75));
        list(Map.of("committeeId", committee, "from", "2026-02-01", "to", "2026-02-28")).body("total", equalTo(1))
                .body("peopleReached", equalTo(45));
        list(Map.of("committeeId", committee, "sort", "-peopleReached")).body("items.peopleReached", contains(45, 30, 5));
        assertFieldError(given().queryParams(Map.of("from", "2026-02-01", "to", "2026-01-01")).when().get(ACTIVITIES).then(), "to");
    }

    private static ValidatableResponse list(Map<String, ?> query) {
        return given().queryParams(query).when().get(ACTIVITIES).then().statusCode(200);
    }

    @Test
    void editingNeedsTheVersionAndKeepsTheCommittee() {
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        long first = Fixtures.member(committee, sector);
        long second = Fixtures.member(committee, sector);
        long id = Fixtures.activity(committee, first);
        Map<String, Object> edit = Fixtures.activityFields(committee, first, second);
        assertProblem(Fixtures.broken().contentType(ContentType.JSON).body(edit).when().put(ACTIVITIES + "/" + id).then(),
                428, "precondition-required");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(edit).when().put(ACTIVITIES + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("members", hasSize(2));
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(edit)
                .when().put(ACTIVITIES + "/" + id).then(), 409, "stale-version");
        long other = Fixtures.committee();
        Map<String, Object> moved = Fixtures.activityFields(other, Fixtures.member(other, Fixtures.sector(other)));
        assertFieldError(given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(moved).when().put(ACTIVITIES + "/" + id).then(),
                "committeeId");
        given().when().delete(ACTIVITIES + "/" + id).then().statusCode(204);
        assertProblem(given().when().get(ACTIVITIES + "/" + id).then(), 404, "not-found");
    }

    @Test
    void membersAndCommitteesWithActivitiesCannotBeDeleted() {
        long committee = Fixtures.committee();
        long member = Fixtures.member(committee, Fixtures.sector(committee));
        long id = Fixtures.activity(committee, member);
        assertProblem(given().when().delete("/api/v1/members/" + member).then(), 409, "in-use")
                .body("references.resource", contains("activities"));
        assertProblem(given().when().delete("/api/v1/committees/" + committee).then(), 409, "in-use")
                .body("references.resource", hasItem("activities"));
        given().when().delete(ACTIVITIES + "/" + id).then().statusCode(204);
        given().when().delete("/api/v1/members/" + member).then().statusCode(204);
    }

    @Test
    void theAuditTrailShowsWhoTookPartBeforeAndAfter() {
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        long first = Fixtures.member(committee, sector);
        long second = Fixtures.member(committee, sector);
        long id = Fixtures.activity(committee, first);
        Map<String, Object> edit = Fixtures.activityFields(committee, first, second);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(edit).when().put(ACTIVITIES + "/" + id).then().statusCode(200);
        given().queryParams(Map.of("recordType", "ACTIVITY", "recordId", id, "sort", "at")).when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[1].before.memberIds", contains((int) first))
                .body("items[1].after.memberIds", contains((int) first, (int) second));
    }
}
