package cn.cppcc.liaison.platform;

import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static cn.cppcc.liaison.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
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
}
