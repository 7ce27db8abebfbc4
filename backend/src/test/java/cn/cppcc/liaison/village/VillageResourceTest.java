package cn.cppcc.liaison.village;

import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static cn.cppcc.liaison.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.cppcc.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VillageResourceTest {

    private static final String VILLAGES = "/api/v1/villages";

    @Test
    void villagesListByTownshipAndByCommitteeWithTheirTownshipName() {
        long committee = Fixtures.committee();
        long shuangfeng = Fixtures.create("/api/v1/townships", Map.of("committeeId", committee, "name", "双丰镇", "kind", "TOWN"));
        long gongnong = Fixtures.create("/api/v1/townships", Map.of("committeeId", committee, "name", "工农乡", "kind", "TOWNSHIP"));
        Fixtures.create(VILLAGES, Map.of("townshipId", shuangfeng, "name", "建国村", "kind", "VILLAGE"));
        Fixtures.create(VILLAGES, Map.of("townshipId", gongnong, "name", "北星村", "kind", "VILLAGE"));
        Fixtures.create(VILLAGES, Map.of("townshipId", gongnong, "name", "新华社区", "kind", "COMMUNITY"));
        Fixtures.village(Fixtures.township(Fixtures.committee()));

        given().queryParam("townshipId", gongnong).when().get(VILLAGES)
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.townshipName", contains("工农乡", "工农乡"));
        given().queryParam("committeeId", committee).queryParam("kind", "VILLAGE").when().get(VILLAGES)
                .then().body("items.name", containsInAnyOrder("建国村", "北星村"));
        given().queryParam("committeeId", committee).queryParam("q", "建国").when().get(VILLAGES)
                .then().body("items.name", contains("建国村")).body("items[0].committeeId", equalTo((int) committee));
    }

    @Test
    void sameNameIsADuplicateOnlyWithinOneTownship() {
        long committee = Fixtures.committee();
        long township = Fixtures.township(committee);
        Fixtures.create(VILLAGES, Map.of("townshipId", township, "name", "建设村", "kind", "VILLAGE"));
        assertProblem(given().contentType(ContentType.JSON)
                .body(Map.of("townshipId", township, "name", "建设村", "kind", "VILLAGE"))
                .when().post(VILLAGES).then(), 409, "duplicate");
        Fixtures.create(VILLAGES, Map.of("townshipId", Fixtures.township(committee), "name", "建设村", "kind", "VILLAGE"));
    }

    @Test
    void aVillageStaysInItsTownship() {
        long committee = Fixtures.committee();
        long township = Fixtures.township(committee);
        long village = Fixtures.village(township);
        Map<String, Object> fields = Fixtures.villageFields(Fixtures.township(committee));
        assertFieldError(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fields)
                .when().put(VILLAGES + "/" + village).then(), "townshipId");
    }

    @Test
    void aTownshipWithVillagesCannotBeDeletedUntilTheyAreGone() {
        long township = Fixtures.township(Fixtures.committee());
        long village = Fixtures.village(township);
        assertProblem(given().when().delete("/api/v1/townships/" + township).then(), 409, "in-use")
                .body("references.resource", contains("villages"))
                .body("references.count", contains(1));
        given().when().delete(VILLAGES + "/" + village).then().statusCode(204);
        given().when().delete("/api/v1/townships/" + township).then().statusCode(204);
    }

    @Test
    void anUnknownTownshipIsAFieldError() {
        assertFieldError(given().contentType(ContentType.JSON).body(Fixtures.villageFields(987654321))
                .when().post(VILLAGES).then(), "townshipId");
    }

    @Test
    void createdVillageReadsBackWithItsTownshipCommitteeAndETag() {
        long committee = Fixtures.committee();
        long township = Fixtures.create("/api/v1/townships", Map.of("committeeId", committee, "name", "双丰镇", "kind", "TOWN"));
        long id = given().contentType(ContentType.JSON)
                .body(Map.of("townshipId", township, "name", " 葩金社区 ", "kind", "COMMUNITY"))
                .when().post(VILLAGES)
                .then().statusCode(201)
                .header("Location", containsString(VILLAGES + "/"))
                .header("ETag", "\"0\"")
                .extract().jsonPath().getLong("id");

        given().when().get(VILLAGES + "/" + id)
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("name", equalTo("葩金社区"))
                .body("kind", equalTo("COMMUNITY"))
                .body("townshipId", equalTo((int) township))
                .body("townshipName", equalTo("双丰镇"))
                .body("committeeId", equalTo((int) committee));
    }

    @Test
    void updateNeedsTheCurrentVersion() {
        long township = Fixtures.township(Fixtures.committee());
        long id = Fixtures.village(township);
        Map<String, Object> fields = Fixtures.villageFields(township);
        fields.put("kind", "COMMUNITY");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fields)
                .when().put(VILLAGES + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("kind", equalTo("COMMUNITY"));
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fields)
                .when().put(VILLAGES + "/" + id).then(), 409, "stale-version");
        assertProblem(Fixtures.broken().contentType(ContentType.JSON).body(fields)
                .when().put(VILLAGES + "/" + id).then(), 428, "precondition-required");
    }

    @Test
    void theDuplicateNamesTheNameField() {
        Map<String, Object> fields = Fixtures.villageFields(Fixtures.township(Fixtures.committee()));
        Fixtures.create(VILLAGES, fields);
        assertProblem(given().contentType(ContentType.JSON).body(fields).when().post(VILLAGES).then(), 409, "duplicate")
                .body("errors.field", hasItem("name"));
    }

    @Test
    void anUnknownKindNamesTheFieldAndTheValuesThatWork() {
        Map<String, Object> fields = Fixtures.villageFields(Fixtures.township(Fixtures.committee()));
        fields.put("kind", "CITY");
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(fields)
                .when().post(VILLAGES).then(), "kind")
                .body("detail", containsString("VILLAGE"))
                .body("detail", containsString("COMMUNITY"));
        assertFieldError(Fixtures.broken().queryParam("kind", "CITY").when().get(VILLAGES).then(), "kind")
                .body("errors[0].message", containsString("COMMUNITY"));
    }

    @Test
    void villagesPageWithinTheirTownship() {
        long township = Fixtures.township(Fixtures.committee());
        for (String name : new String[] {"建国村", "北星村", "红旗村"}) {
            Fixtures.create(VILLAGES, Map.of("townshipId", township, "name", name, "kind", "VILLAGE"));
        }
        given().queryParam("townshipId", township).queryParam("size", 2).queryParam("page", 1).queryParam("sort", "-id")
                .when().get(VILLAGES)
                .then().statusCode(200).body("total", equalTo(3)).body("items.name", contains("红旗村", "北星村"));
        given().queryParam("townshipId", township).queryParam("size", 2).queryParam("page", 2).queryParam("sort", "-id")
                .when().get(VILLAGES)
                .then().body("items.name", contains("建国村"));
    }

    @Test
    void aDeletedVillageIsGone() {
        long village = Fixtures.village(Fixtures.township(Fixtures.committee()));
        given().when().delete(VILLAGES + "/" + village).then().statusCode(204);
        assertProblem(given().when().get(VILLAGES + "/" + village).then(), 404, "not-found");
        assertProblem(given().when().delete(VILLAGES + "/" + village).then(), 404, "not-found");
    }
}
