package cn.cppcc.liaison.sector;

import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static cn.cppcc.liaison.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

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
        fields.put("version", 1);
        assertFieldError(given().contentType(ContentType.JSON).body(fields)
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
}
