package cn.cppcc.liaison.platform;

import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static cn.cppcc.liaison.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import cn.cppcc.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformResourceTest {

    private static final String PLATFORMS = "/api/v1/platforms";

    @Test
    void aPlatformReadsBackWithItsTownshipName() {
        long committee = Fixtures.committee();
        long township = Fixtures.create("/api/v1/townships", Map.of("committeeId", committee, "name", "桃山镇", "kind", "TOWN"));
        long id = Fixtures.create(PLATFORMS, Map.of("committeeId", committee, "townshipId", township,
                "name", "桃山镇“协骊”联合体", "address", "桃山镇人民政府二楼", "description", ""));
        given().when().get(PLATFORMS + "/" + id)
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("townshipName", equalTo("桃山镇"))
                .body("address", equalTo("桃山镇人民政府二楼"))
                .body("description", nullValue());
    }

    @Test
    void aPlatformCannotSitInAnotherCommitteesTownship() {
        long committee = Fixtures.committee();
        long foreignTownship = Fixtures.township(Fixtures.committee());
        assertFieldError(given().contentType(ContentType.JSON).body(Fixtures.platformFields(committee, foreignTownship))
                .when().post(PLATFORMS).then(), "townshipId");
    }

    @Test
    void platformsFilterByTownshipAndSearchByAddress() {
        long committee = Fixtures.committee();
        long first = Fixtures.township(committee);
        long second = Fixtures.township(committee);
        Fixtures.create(PLATFORMS, Map.of("committeeId", committee, "townshipId", first, "name", "王杨乡“协骊”联合体",
                "address", "王杨乡建设村"));
        Fixtures.platform(committee, second);

        given().queryParam("townshipId", first).when().get(PLATFORMS)
                .then().statusCode(200).body("total", equalTo(1)).body("items.name", contains("王杨乡“协骊”联合体"));
        given().queryParam("committeeId", committee).queryParam("q", "建设村").when().get(PLATFORMS)
                .then().body("total", equalTo(1));
        given().queryParam("committeeId", committee).when().get(PLATFORMS).then().body("total", equalTo(2));
    }

    @Test
    void movingAPlatformToAnotherTownshipOfTheSameCommitteeWorks() {
        long committee = Fixtures.committee();
        long id = Fixtures.platform(committee, Fixtures.township(committee));
        long other = Fixtures.township(committee);
        Map<String, Object> fields = Fixtures.platformFields(committee, other);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fields)
                .when().put(PLATFORMS + "/" + id)
                .then().statusCode(200).body("townshipId", equalTo((int) other)).body("version", equalTo(1));
    }

    @Test
    void aTownshipWithAPlatformCannotBeDeleted() {
        long committee = Fixtures.committee();
        long township = Fixtures.township(committee);
        long platform = Fixtures.platform(committee, township);
        assertProblem(given().when().delete("/api/v1/townships/" + township).then(), 409, "in-use")
                .body("references.resource", contains("platforms"));
        given().when().delete(PLATFORMS + "/" + platform).then().statusCode(204);
        given().when().delete("/api/v1/townships/" + township).then().statusCode(204);
    }

    @Test
    void updateNeedsTheCurrentVersion() {
        long committee = Fixtures.committee();
        long township = Fixtures.township(committee);
        long id = Fixtures.platform(committee, township);
        Map<String, Object> fields = Fixtures.platformFields(committee, township);
        fields.put("address", "双丰镇文化广场");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fields)
                .when().put(PLATFORMS + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("address", equalTo("双丰镇文化广场"));
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fields)
                .when().put(PLATFORMS + "/" + id).then(), 409, "stale-version");
        assertProblem(Fixtures.broken().contentType(ContentType.JSON).body(fields)
                .when().put(PLATFORMS + "/" + id).then(), 428, "precondition-required");
    }

    @Test
    void aPlatformStaysInItsCommitteeAndCannotMoveToAnotherCommitteesTownship() {
        long committee = Fixtures.committee();
        long id = Fixtures.platform(committee, Fixtures.township(committee));
        long otherCommittee = Fixtures.committee();
        long foreignTownship = Fixtures.township(otherCommittee);

        Map<String, Object> moved = Fixtures.platformFields(otherCommittee, foreignTownship);
        assertFieldError(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(moved)
                .when().put(PLATFORMS + "/" + id).then(), "committeeId");

        Map<String, Object> foreign = Fixtures.platformFields(committee, foreignTownship);
        assertFieldError(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(foreign)
                .when().put(PLATFORMS + "/" + id).then(), "townshipId");
        given().when().get(PLATFORMS + "/" + id).then().body("version", equalTo(0));
    }

    @Test
    void theSameNameTwiceInACommitteeIsADuplicate() {
        long committee = Fixtures.committee();
        Map<String, Object> fields = Fixtures.platformFields(committee, Fixtures.township(committee));
        Fixtures.create(PLATFORMS, fields);
        fields.put("townshipId", Fixtures.township(committee));
        assertProblem(given().contentType(ContentType.JSON).body(fields).when().post(PLATFORMS).then(), 409, "duplicate")
                .body("errors.field", hasItem("name"));
    }

    @Test
    void unknownCommitteeOrTownshipInTheBodyAreFieldErrors() {
        long committee = Fixtures.committee();
        assertFieldError(given().contentType(ContentType.JSON).body(Fixtures.platformFields(committee, 987654321))
                .when().post(PLATFORMS).then(), "townshipId")
                .body("detail", containsString("987654321"));
        assertFieldError(given().contentType(ContentType.JSON)
                .body(Fixtures.platformFields(987654321, Fixtures.township(committee)))
                .when().post(PLATFORMS).then(), "committeeId");
    }

    @Test
    void platformsPageWithTheirTownshipNames() {
        long committee = Fixtures.committee();
        for (String town : new String[] {"双丰镇", "桃山镇", "朗乡镇"}) {
            long township = Fixtures.create("/api/v1/townships", Map.of("committeeId", committee, "name", town, "kind", "TOWN"));
            Fixtures.create(PLATFORMS, Map.of("committeeId", committee, "townshipId", township, "name", town + "“协骊”联合体"));
        }
        given().queryParam("committeeId", committee).queryParam("size", 2).queryParam("sort", "name").when().get(PLATFORMS)
                .then().statusCode(200).body("total", equalTo(3)).body("items.size()", equalTo(2));
        given().queryParam("committeeId", committee).queryParam("size", 2).queryParam("page", 2).queryParam("sort", "-id")
                .when().get(PLATFORMS)
                .then().body("items.townshipName", contains("双丰镇")).body("items.name", contains("双丰镇“协骊”联合体"));
    }

    @Test
    void anUnknownPlatformIsNotFound() {
        assertProblem(given().when().get(PLATFORMS + "/987654321").then(), 404, "not-found");
        assertProblem(given().when().delete(PLATFORMS + "/987654321").then(), 404, "not-found");
    }

    @Test
    void searchTakesPercentAndUnderscoreLiterally() {
        long committee = Fixtures.committee();
        long township = Fixtures.township(committee);
        Fixtures.create(PLATFORMS, Map.of("committeeId", committee, "townshipId", township, "name", "覆盖率100%示范平台"));
        Fixtures.create(PLATFORMS, Map.of("committeeId", committee, "townshipId", township, "name", "100号院联合体"));
        Fixtures.create(PLATFORMS, Map.of("committeeId", committee, "townshipId", township, "name", "A_1联合体"));
        Fixtures.create(PLATFORMS, Map.of("committeeId", committee, "townshipId", township, "name", "AB1联合体"));

        given().queryParam("committeeId", committee).queryParam("q", "100%").when().get(PLATFORMS)
                .then().statusCode(200).body("items.name", contains("覆盖率100%示范平台"));
        given().queryParam("committeeId", committee).queryParam("q", "A_1").when().get(PLATFORMS)
                .then().statusCode(200).body("items.name", contains("A_1联合体"));
    }
}
