package cn.cppcc.liaison.township;

import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.cppcc.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TownshipResourceTest {

    private static final String TOWNSHIPS = "/api/v1/townships";

    @Test
    void townshipsFilterByKind() {
        long committee = Fixtures.committee();
        Fixtures.create(TOWNSHIPS, Map.of("committeeId", committee, "name", "王杨乡", "kind", "TOWNSHIP"));
        Fixtures.create(TOWNSHIPS, Map.of("committeeId", committee, "name", "桃山镇", "kind", "TOWN"));
        Fixtures.create(TOWNSHIPS, Map.of("committeeId", committee, "name", "书院路街道", "kind", "SUBDISTRICT"));

        given().queryParam("committeeId", committee).queryParam("kind", "TOWN").when().get(TOWNSHIPS)
                .then().statusCode(200).body("total", equalTo(1)).body("items.name", contains("桃山镇"));
        given().queryParam("committeeId", committee).queryParam("sort", "-name").when().get(TOWNSHIPS)
                .then().body("items.kind", contains("TOWNSHIP", "TOWN", "SUBDISTRICT"));
    }

    @Test
    void anUnknownKindInTheBodyNamesTheFieldAndTheValuesThatWork() {
        Map<String, Object> fields = Fixtures.townshipFields(Fixtures.committee());
        fields.put("kind", "CITY");
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(fields)
                .when().post(TOWNSHIPS).then(), "kind")
                .body("detail", containsString("SUBDISTRICT"));
    }

    @Test
    void anUnknownKindInTheQueryIsABadRequestNotAnEmptyList() {
        assertFieldError(Fixtures.broken().queryParam("kind", "CITY").when().get(TOWNSHIPS).then(), "kind")
                .body("errors[0].message", containsString("TOWNSHIP"));
    }

    @Test
    void aMissingKindIsRequired() {
        Map<String, Object> fields = Fixtures.townshipFields(Fixtures.committee());
        fields.remove("kind");
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(fields)
                .when().post(TOWNSHIPS).then(), "kind");
    }

    @Test
    void createdTownshipReadsBackWithItsETag() {
        long committee = Fixtures.committee();
        long id = Fixtures.township(committee);
        given().when().get(TOWNSHIPS + "/" + id)
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("committeeId", equalTo((int) committee)).body("kind", equalTo("TOWN"));
    }
}
