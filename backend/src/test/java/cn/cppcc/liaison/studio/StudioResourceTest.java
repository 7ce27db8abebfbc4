package cn.cppcc.liaison.studio;

import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static cn.cppcc.liaison.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import cn.cppcc.liaison.kernel.Role;
import cn.cppcc.liaison.support.Auth;
import cn.cppcc.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StudioResourceTest {

    private static final String STUDIOS = "/api/v1/studios";

    @Test
    void aStudioReadsBackWithItsPlaceResidentsLeadAndSchedule() {
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        long township = Fixtures.create("/api/v1/townships", Map.of("committeeId", committee, "name", "书院路街道", "kind", "SUBDISTRICT"));
        long platform = Fixtures.platform(committee, township);
        long zhou = Fixtures.create("/api/v1/members", named(committee, sector, "周建华"));
        long yi = Fixtures.create("/api/v1/members", named(committee, sector, "易红梅"));
        Map<String, Object> fields = Fixtures.studioFields(committee, township);
        fields.putAll(Map.of("name", "葩金社区委员工作室", "mode", "BOTH", "platformId", platform,
                "onlineAddress", "微信群“葩金社区委员工作室”", "residentIds", List.of(yi, zhou), "leadMemberId", zhou,
                "schedule", Map.of("weekdays", List.of(2), "monthDays", List.of(15, 1), "note", "每周二上午、每月1日和15日")));

        long id = given().contentType(ContentType.JSON).body(fields)
                .when().post(STUDIOS)
                .then().statusCode(201).header("ETag", "\"0\"")
                .extract().jsonPath().getLong("id");

        given().when().get(STUDIOS + "/" + id)
                .then().statusCode(200)
                .body("townshipName", equalTo("书院路街道"))
                .body("platformId", equalTo((int) platform))
                .body("mode", equalTo("BOTH"))
                .body("residents.name", contains("周建华", "易红梅"))
                .body("leadMemberName", equalTo("周建华"))
                .body("schedule.weekdays", contains(2))
                .body("schedule.monthDays", contains(1, 15))
                .body("schedule.note", equalTo("每周二上午、每月1日和15日"));
    }

    @Test
    void anOfflineStudioNeedsAnAddressAndAnOnlineOneAChannel() {
        long committee = Fixtures.committee();
        long township = Fixtures.township(committee);
        Map<String, Object> fields = Fixtures.studioFields(committee, township);
        fields.remove("address");
        assertFieldError(given().contentType(ContentType.JSON).body(fields).when().post(STUDIOS).then(), "address");

        fields.put("mode", "ONLINE");
        assertFieldError(given().contentType(ContentType.JSON).body(fields).when().post(STUDIOS).then(), "onlineAddress");
        fields.put("onlineAddress", "热线 0731-52812345");
        given().contentType(ContentType.JSON).body(fields).when().post(STUDIOS).then().statusCode(201)
                .body("address", nullValue()).body("schedule.weekdays", empty());

        Map<String, Object> offline = Fixtures.studioFields(committee, township);
        offline.put("onlineAddress", "微信群");
        assertFieldError(given().contentType(ContentType.JSON).body(offline).when().post(STUDIOS).then(), "onlineAddress");
    }

    @Test
    void theLeadMustBeOneOfTheResidents() {
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        long resident = Fixtures.member(committee, sector);
        long outsider = Fixtures.member(committee, sector);
        Map<String, Object> fields = Fixtures.studioFields(committee, Fixtures.township(committee));
        fields.put("residentIds", List.of(resident));
        fields.put("leadMemberId", outsider);
        assertFieldError(given().contentType(ContentType.JSON).body(fields).when().post(STUDIOS).then(), "leadMemberId");
        fields.put("leadMemberId", resident);
        given().contentType(ContentType.JSON).body(fields).when().post(STUDIOS).then().statusCode(201);
    }

    @Test
    void aStudiosAddressesLeadAndTownshipAreCheckedTogether() {
        long committee = Fixtures.committee();
        Map<String, Object> fields = Fixtures.studioFields(committee, Fixtures.township(Fixtures.committee()));
        fields.remove("address");
        fields.put("onlineAddress", "微信群");
        fields.put("leadMemberId", Fixtures.member(committee, Fixtures.sector(committee)));
        assertProblem(given().contentType(ContentType.JSON).body(fields).when().post(STUDIOS).then(), 400,
                "validation")
                .body("errors.field", containsInAnyOrder("address", "onlineAddress", "leadMemberId", "townshipId"));
        given().queryParam("committeeId", committee).when().get(STUDIOS).then().body("total", equalTo(0));
    }

    @Test
    void residentsMustBeMembersOfTheSameCommitteeListedOnce() {
        long committee = Fixtures.committee();
        long member = Fixtures.member(committee, Fixtures.sector(committee));
        long other = Fixtures.committee();
        long foreigner = Fixtures.member(other, Fixtures.sector(other));
        Map<String, Object> fields = Fixtures.studioFields(committee, Fixtures.township(committee));
        fields.put("residentIds", List.of(member, foreigner));
        assertFieldError(given().contentType(ContentType.JSON).body(fields).when().post(STUDIOS).then(), "residentIds[1]");
        fields.put("residentIds", List.of(member, 987654321L));
        assertFieldError(given().contentType(ContentType.JSON).body(fields).when().post(STUDIOS).then(), "residentIds[1]");
        fields.put("residentIds", List.of(member, member));
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(fields).when().post(STUDIOS).then(),
                "residentIds[1]");
    }

    @Test
    void thePlatformMustBeInTheStudiosTownshipAndScheduleDaysInRange() {
        long committee = Fixtures.committee();
        long township = Fixtures.township(committee);
        long elsewhere = Fixtures.platform(committee, Fixtures.township(committee));
        Map<String, Object> fields = Fixtures.studioFields(committee, township);
        fields.put("platformId", elsewhere);
        assertFieldError(given().contentType(ContentType.JSON).body(fields).when().post(STUDIOS).then(), "platformId");

        fields.remove("platformId");
        fields.put("schedule", Map.of("weekdays", List.of(8)));
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(fields).when().post(STUDIOS).then(),
                "schedule.weekdays[0]");
        fields.put("schedule", Map.of("monthDays", List.of(0)));
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(fields).when().post(STUDIOS).then(),
                "schedule.monthDays[0]");
    }

    @Test
    void updateReplacesTheResidentsAndNeedsTheCurrentVersion() {
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        long first = Fixtures.member(committee, sector);
        long second = Fixtures.member(committee, sector);
        Map<String, Object> fields = Fixtures.studioFields(committee, Fixtures.township(committee));
        fields.put("residentIds", List.of(first));
        long id = Fixtures.create(STUDIOS, fields);

        fields.put("residentIds", List.of(second));
        assertProblem(Fixtures.broken().contentType(ContentType.JSON).body(fields).when().put(STUDIOS + "/" + id).then(),
                428, "precondition-required");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fields)
                .when().put(STUDIOS + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("residents.id", contains((int) second));
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fields)
                .when().put(STUDIOS + "/" + id).then(), 409, "stale-version");
    }

    @Test
    void aStudioWithVisitsCannotBeDeleted() {
        long committee = Fixtures.committee();
        long township = Fixtures.township(committee);
        long member = Fixtures.member(committee, Fixtures.sector(committee));
        long studio = Fixtures.studio(committee, township);
        long unused = Fixtures.studio(committee, township);
        Map<String, Object> visit = Fixtures.visitFields(committee, township, member);
        visit.putAll(Map.of("kind", "RECEPTION_DAY", "studioId", studio));
        Fixtures.create("/api/v1/visits", visit);

        assertProblem(given().when().delete(STUDIOS + "/" + studio).then(), 409, "in-use")
                .body("references.resource", contains("visits"))
                .body("references[0].count", equalTo(1));
        given().when().delete(STUDIOS + "/" + unused).then().statusCode(204);
        assertProblem(given().when().get(STUDIOS + "/" + unused).then(), 404, "not-found");
        // The township and the member are held by the studio and the visit too.
        assertProblem(given().when().delete("/api/v1/townships/" + township).then(), 409, "in-use")
                .body("references.resource", hasItem("studios"))
                .body("references.resource", hasItem("visits"));
        assertProblem(given().when().delete("/api/v1/members/" + member).then(), 409, "in-use")
                .body("references.resource", hasItem("visits"));
    }

    @Test
    void studiosFilterByTownshipModeResidentAndSearch() {
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        long member = Fixtures.member(committee, sector);
        long township = Fixtures.township(committee);
        long otherTownship = Fixtures.township(committee);
        Map<String, Object> resident = Fixtures.studioFields(committee, township);
        resident.putAll(Map.of("residentIds", List.of(member), "name", "工农乡委员工作室"));
        long withMember = Fixtures.create(STUDIOS, resident);
        Map<String, Object> online = Fixtures.studioFields(committee, otherTownship);
        online.putAll(Map.of("mode", "ONLINE", "onlineAddress", "网上委员工作室"));
        online.remove("address");
        long onlineStudio = Fixtures.create(STUDIOS, online);
        long other = Fixtures.committee();
        Fixtures.studio(other, Fixtures.township(other));

        given().queryParam("committeeId", committee).when().get(STUDIOS)
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.id", containsInAnyOrder((int) withMember, (int) onlineStudio));
        given().queryParam("townshipId", township).when().get(STUDIOS).then().body("items.id", contains((int) withMember));
        given().queryParam("mode", "ONLINE").when().get(STUDIOS).then().body("items.id", contains((int) onlineStudio));
        given().queryParam("memberId", member).when().get(STUDIOS).then().body("items.id", contains((int) withMember));
        given().queryParam("q", "工农").when().get(STUDIOS).then().body("items.id", contains((int) withMember));
        given().queryParam("committeeId", committee).queryParam("sort", "-name").when().get(STUDIOS)
                .then().body("items.id", contains((int) withMember, (int) onlineStudio));
    }

    @Test
    void anotherCommitteesStudioDoesNotExistForItsOffice() {
        long committee = Fixtures.committee();
        long studio = Fixtures.studio(committee, Fixtures.township(committee));
        long other = Fixtures.committee();
        String office = Auth.signedIn(Role.OFFICE, other, null, null);
        assertProblem(Auth.as(office).when().get(STUDIOS + "/" + studio).then(), 404, "not-found");
        assertProblem(Auth.as(office).when().delete(STUDIOS + "/" + studio).then(), 404, "not-found");
        Auth.as(office).when().get(STUDIOS).then().statusCode(200).body("total", equalTo(0));
        String member = Auth.signedIn(Role.MEMBER, committee, Fixtures.member(committee, Fixtures.sector(committee)), null);
        Auth.as(member).when().get(STUDIOS + "/" + studio).then().statusCode(200);
        assertProblem(Auth.as(member).contentType(ContentType.JSON)
                .body(Fixtures.studioFields(committee, Fixtures.township(committee)))
                .when().post(STUDIOS).then(), 403, "forbidden");
    }

    private static Map<String, Object> named(long committee, long sector, String name) {
        Map<String, Object> fields = Fixtures.memberFields(committee, sector);
        fields.put("name", name);
        return fields;
    }
}
