package cn.cppcc.liaison.sector;

import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static cn.cppcc.liaison.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.cppcc.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SectorResourceTest {

    private static final String SECTORS = "/api/v1/sectors";

    @Test
    void sectorsListInTheirOwnOrderWithinTheirCommittee() {
        long committee = Fixtures.committee();
        long other = Fixtures.committee();
        for (Object[] sector : new Object[][] {{"经济界", 3}, {"农业界", 1}, {"科技界", 2}}) {
            Fixtures.create(SECTORS, Map.of("committeeId", committee, "name", sector[0], "sortOrder", sector[1]));
        }
        Fixtures.sector(other);

        given().queryParam("committeeId", committee).when().get(SECTORS)
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.name", contains("农业界", "科技界", "经济界"));
        given().queryParam("committeeId", committee).queryParam("q", "科技").when().get(SECTORS)
                .then().body("items.name", contains("科技界"));
    }

    @Test
    void theSameNameTwiceInACommitteeIsADuplicateButNotAcrossCommittees() {
        long committee = Fixtures.committee();
        Fixtures.create(SECTORS, Map.of("committeeId", committee, "name", "工商界"));
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("committeeId", committee, "name", " 工商界 "))
                .when().post(SECTORS).then(), 409, "duplicate");
        Fixtures.create(SECTORS, Map.of("committeeId", Fixtures.committee(), "name", "工商界"));
    }

    @Test
    void updateNeedsTheCurrentVersionAndKeepsTheCommittee() {
        long committee = Fixtures.committee();
        long id = Fixtures.sector(committee);
        Map<String, Object> fields = Fixtures.sectorFields(committee);
        fields.put("name", "文化艺术界");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fields)
                .when().put(SECTORS + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("name", equalTo("文化艺术界"));
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fields)
                .when().put(SECTORS + "/" + id).then(), 409, "stale-version");

        fields.put("committeeId", Fixtures.committee());
        assertFieldError(given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(fields)
                .when().put(SECTORS + "/" + id).then(), "committeeId");
    }

    @Test
    void aSectorOfAnUnknownCommitteeIsRefusedOnTheField() {
        assertFieldError(given().contentType(ContentType.JSON).body(Map.of("committeeId", 987654321, "name", "经济界"))
                .when().post(SECTORS).then(), "committeeId");
    }

    @Test
    void aCommitteeWithSectorsCannotBeDeletedButAnUnusedSectorCan() {
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        assertProblem(given().when().delete("/api/v1/committees/" + committee).then(), 409, "in-use")
                .body("references.resource", contains("sectors"));
        given().when().delete(SECTORS + "/" + sector).then().statusCode(204);
        assertProblem(given().when().get(SECTORS + "/" + sector).then(), 404, "not-found");
    }

    @Test
    void createdSectorReadsBackStrippedWithItsLocationETagAndDefaultOrder() {
        long committee = Fixtures.committee();
        long id = given().contentType(ContentType.JSON).body(Map.of("committeeId", committee, "name", "  科技界 "))
                .when().post(SECTORS)
                .then().statusCode(201)
                .header("Location", containsString(SECTORS + "/"))
                .header("ETag", "\"0\"")
                .body("name", equalTo("科技界"))
                .body("sortOrder", equalTo(0))
                .extract().jsonPath().getLong("id");

        given().when().get(SECTORS + "/" + id)
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("committeeId", equalTo((int) committee)).body("name", equalTo("科技界"));
    }

    @Test
    void updateWithoutAnyVersionIsRefusedSoNobodyOverwritesBlindly() {
        long committee = Fixtures.committee();
        long id = Fixtures.sector(committee);
        assertProblem(Fixtures.broken().contentType(ContentType.JSON).body(Fixtures.sectorFields(committee))
                .when().put(SECTORS + "/" + id).then(), 428, "precondition-required");
    }

    @Test
    void theDuplicateNamesTheNameField() {
        long committee = Fixtures.committee();
        Map<String, Object> fields = Fixtures.sectorFields(committee);
        Fixtures.create(SECTORS, fields);
        assertProblem(given().contentType(ContentType.JSON).body(fields).when().post(SECTORS).then(), 409, "duplicate")
                .body("errors.field", hasItem("name"));
    }

    @Test
    void pagesFollowTheSortOrder() {
        long committee = Fixtures.committee();
        String[] names = {"经济界", "农业界", "科技界", "文化艺术界", "工商界"};
        for (int i = 0; i < names.length; i++) {
            Fixtures.create(SECTORS, Map.of("committeeId", committee, "name", names[i], "sortOrder", i + 1));
        }
        given().queryParam("committeeId", committee).queryParam("size", 2).queryParam("page", 2).when().get(SECTORS)
                .then().statusCode(200)
                .body("total", equalTo(5)).body("page", equalTo(2)).body("size", equalTo(2))
                .body("items.name", contains("科技界", "文化艺术界"));
        given().queryParam("committeeId", committee).queryParam("size", 2).queryParam("page", 3)
                .queryParam("sort", "-sortOrder").when().get(SECTORS)
                .then().body("items.name", contains("经济界"));
    }

    @Test
    void anUnknownSectorIsNotFound() {
        long committee = Fixtures.committee();
        Map<String, Object> fields = Fixtures.sectorFields(committee);
        assertProblem(given().when().get(SECTORS + "/987654321").then(), 404, "not-found");
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fields)
                .when().put(SECTORS + "/987654321").then(), 404, "not-found");
        assertProblem(given().when().delete(SECTORS + "/987654321").then(), 404, "not-found");
    }
}
