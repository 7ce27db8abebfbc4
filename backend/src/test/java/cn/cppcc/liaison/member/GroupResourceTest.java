package cn.cppcc.liaison.member;

import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static cn.cppcc.liaison.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.cppcc.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class GroupResourceTest {

    private static final String GROUPS = "/api/v1/groups";
    private static final String MEMBERS = "/api/v1/members";

    @Test
    void aGroupReadsBackWithItsSectorConvenorAndLiaison() {
        long committee = Fixtures.committee();
        long sector = Fixtures.create("/api/v1/sectors", Map.of("committeeId", committee, "name", "农业界"));
        Map<String, Object> member = Fixtures.memberFields(committee, sector);
        member.put("name", "王丽华");
        long convenor = Fixtures.create(MEMBERS, member);
        Map<String, Object> fields = Map.of("committeeId", committee, "name", " 农业界活动组 ", "sectorId", sector,
                "convenorId", convenor, "liaisonName", "张建国", "liaisonTitle", "提案委员会主任");

        long id = given().contentType(ContentType.JSON).body(fields)
                .when().post(GROUPS)
                .then().statusCode(201)
                .header("Location", containsString(GROUPS + "/"))
                .header("ETag", "\"0\"")
                .body("memberCount", equalTo(0))
                .extract().jsonPath().getLong("id");

        given().when().get(GROUPS + "/" + id)
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("name", equalTo("农业界活动组"))
                .body("sectorName", equalTo("农业界"))
                .body("convenorName", equalTo("王丽华"))
                .body("liaisonTitle", equalTo("提案委员会主任"));
    }

    @Test
    void theSameNameTwiceInACommitteeIsADuplicateButAnotherCommitteeMayUseIt() {
        long committee = Fixtures.committee();
        Map<String, Object> fields = Fixtures.groupFields(committee);
        Fixtures.create(GROUPS, fields);
        assertProblem(given().contentType(ContentType.JSON).body(fields)
                .when().post(GROUPS).then(), 409, "duplicate")
                .body("errors.field", hasItem("name"));
        fields.put("committeeId", Fixtures.committee());
        Fixtures.create(GROUPS, fields);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SUSPENDED", "REMOVED"})
    void onlyAMemberInOfficeCanBeConvenor(String status) {
        long committee = Fixtures.committee();
        long member = Fixtures.member(committee, Fixtures.sector(committee));
        given().contentType(ContentType.JSON).body(Map.of("status", status, "reason", "因工作调动"))
                .when().post(MEMBERS + "/" + member + "/status").then().statusCode(200);
        Map<String, Object> fields = Fixtures.groupFields(committee);
        fields.put("convenorId", member);
        assertFieldError(given().contentType(ContentType.JSON).body(fields)
                .when().post(GROUPS).then(), "convenorId")
                .body("errors[0].message", containsString("在职"));
    }

    @Test
    void aConvenorOrSectorOfAnotherCommitteeIsRefused() {
        long committee = Fixtures.committee();
        long other = Fixtures.committee();
        long otherSector = Fixtures.sector(other);
        Map<String, Object> fields = Fixtures.groupFields(committee);
        fields.put("convenorId", Fixtures.member(other, otherSector));
        assertFieldError(given().contentType(ContentType.JSON).body(fields)
                .when().post(GROUPS).then(), "convenorId");

        fields = Fixtures.groupFields(committee);
        fields.put("sectorId", otherSector);
        assertFieldError(given().contentType(ContentType.JSON).body(fields)
                .when().post(GROUPS).then(), "sectorId");

        fields = Fixtures.groupFields(committee);
        fields.put("convenorId", 987654321);
        assertFieldError(given().contentType(ContentType.JSON).body(fields)
                .when().post(GROUPS).then(), "convenorId");
    }

    @Test
    void anUnknownSectorAndAnUnknownConvenorAreAnsweredTogether() {
        long committee = Fixtures.committee();
        Map<String, Object> fields = Fixtures.groupFields(committee);
        fields.put("sectorId", 987654321);
        fields.put("convenorId", 987654321);
        assertProblem(given().contentType(ContentType.JSON).body(fields).when().post(GROUPS).then(), 400, "validation")
                .body("errors.field", containsInAnyOrder("sectorId", "convenorId"));
        given().queryParam("committeeId", committee).when().get(GROUPS).then().body("total", equalTo(0));
    }

    @Test
    void memberCountIsTheNumberOfMembersInEachGroupOfThePage() {
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        long big = Fixtures.create(GROUPS, Map.of("committeeId", committee, "name", "经济界活动组"));
        long small = Fixtures.create(GROUPS, Map.of("committeeId", committee, "name", "科技界活动组"));
        Fixtures.create(GROUPS, Map.of("committeeId", committee, "name", "文化艺术界活动组"));
        for (long group : new long[] {big, big, big, small}) {
            Map<String, Object> member = Fixtures.memberFields(committee, sector);
            member.put("groupId", group);
            Fixtures.create(MEMBERS, member);
        }
        Fixtures.member(committee, sector);

        given().queryParam("committeeId", committee).queryParam("sort", "id").when().get(GROUPS)
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.name", contains("经济界活动组", "科技界活动组", "文化艺术界活动组"))
                .body("items.memberCount", contains(3, 1, 0));
        given().when().get(GROUPS + "/" + big).then().body("memberCount", equalTo(3));
    }

    @Test
    void groupsFilterByCommitteeAndSectorAndSearchNamesAndLiaisons() {
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        Fixtures.create(GROUPS, Map.of("committeeId", committee, "name", "农业界活动组", "sectorId", sector));
        Fixtures.create(GROUPS, Map.of("committeeId", committee, "name", "工商界活动组", "liaisonName", "赵玉林"));
        Fixtures.group(Fixtures.committee());

        given().queryParam("committeeId", committee).when().get(GROUPS).then().body("total", equalTo(2));
        given().queryParam("sectorId", sector).when().get(GROUPS)
                .then().body("items.name", contains("农业界活动组"));
        given().queryParam("committeeId", committee).queryParam("q", "工商").when().get(GROUPS)
                .then().body("items.name", contains("工商界活动组"));
        given().queryParam("committeeId", committee).queryParam("q", "玉林").when().get(GROUPS)
                .then().body("items.name", contains("工商界活动组"));
    }

    @Test
    void aGroupWithMembersCannotBeDeletedAndSaysHowMany() {
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        long group = Fixtures.group(committee);
        long[] members = new long[2];
        for (int i = 0; i < members.length; i++) {
            Map<String, Object> member = Fixtures.memberFields(committee, sector);
            member.put("groupId", group);
            members[i] = Fixtures.create(MEMBERS, member);
        }
        assertProblem(given().when().delete(GROUPS + "/" + group).then(), 409, "in-use")
                .body("references.resource", contains("members"))
                .body("references.count", contains(2));

        for (long member : members) {
            given().when().delete(MEMBERS + "/" + member).then().statusCode(204);
        }
        given().when().delete(GROUPS + "/" + group).then().statusCode(204);
        assertProblem(given().when().get(GROUPS + "/" + group).then(), 404, "not-found");
    }

    @Test
    void updateNeedsTheCurrentVersionAndKeepsTheCommittee() {
        long committee = Fixtures.committee();
        long id = Fixtures.group(committee);
        long convenor = Fixtures.member(committee, Fixtures.sector(committee));
        Map<String, Object> fields = Fixtures.groupFields(committee);
        fields.put("convenorId", convenor);

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fields)
                .when().put(GROUPS + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("convenorId", equalTo((int) convenor));
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fields)
                .when().put(GROUPS + "/" + id).then(), 409, "stale-version");
        assertProblem(Fixtures.broken().contentType(ContentType.JSON).body(fields)
                .when().put(GROUPS + "/" + id).then(), 428, "precondition-required");

        fields.put("committeeId", Fixtures.committee());
        fields.remove("convenorId");
        assertFieldError(given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(fields)
                .when().put(GROUPS + "/" + id).then(), "committeeId");
    }
}
