package cn.cppcc.liaison.township;

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

    @Test
    void updateNeedsTheCurrentVersionAndKeepsTheCommittee() {
        long committee = Fixtures.committee();
        long id = Fixtures.township(committee);
        Map<String, Object> fields = Fixtures.townshipFields(committee);
        fields.put("name", " 铁力街道 ");
        fields.put("kind", "SUBDISTRICT");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fields)
                .when().put(TOWNSHIPS + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo("铁力街道")).body("kind", equalTo("SUBDISTRICT"));
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fields)
                .when().put(TOWNSHIPS + "/" + id).then(), 409, "stale-version");

        fields.put("committeeId", Fixtures.committee());
        assertFieldError(given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(fields)
                .when().put(TOWNSHIPS + "/" + id).then(), "committeeId");
        given().when().get(TOWNSHIPS + "/" + id)
                .then().body("committeeId", equalTo((int) committee)).body("version", equalTo(1));
    }

    @Test
    void theSameNameTwiceInACommitteeIsADuplicateButNotAcrossCommittees() {
        long committee = Fixtures.committee();
        Fixtures.create(TOWNSHIPS, Map.of("committeeId", committee, "name", "年丰乡", "kind", "TOWNSHIP"));
        assertProblem(given().contentType(ContentType.JSON)
                .body(Map.of("committeeId", committee, "name", "年丰乡 ", "kind", "TOWN"))
                .when().post(TOWNSHIPS).then(), 409, "duplicate")
                .body("errors.field", hasItem("name"));
        Fixtures.create(TOWNSHIPS, Map.of("committeeId", Fixtures.committee(), "name", "年丰乡", "kind", "TOWNSHIP"));
    }

    @Test
    void townshipsPageAndSearchWithinTheirCommittee() {
        long committee = Fixtures.committee();
        for (String name : new String[] {"双丰镇", "桃山镇", "朗乡镇"}) {
            Fixtures.create(TOWNSHIPS, Map.of("committeeId", committee, "name", name, "kind", "TOWN"));
        }
        Fixtures.create(TOWNSHIPS, Map.of("committeeId", Fixtures.committee(), "name", "双丰镇", "kind", "TOWN"));

        given().queryParam("committeeId", committee).queryParam("size", 2).queryParam("page", 2).when().get(TOWNSHIPS)
                .then().statusCode(200).body("total", equalTo(3)).body("items.name", contains("朗乡镇"));
        given().queryParam("committeeId", committee).queryParam("q", "双丰").when().get(TOWNSHIPS)
                .then().body("total", equalTo(1)).body("items[0].committeeId", equalTo((int) committee));
    }

    @Test
    void deletingATownshipInUseListsEveryKindOfRecordThatRefersToIt() {
        long committee = Fixtures.committee();
        long township = Fixtures.township(committee);
        Fixtures.village(township);
        Fixtures.village(township);
        Fixtures.platform(committee, township);

        assertProblem(given().when().delete(TOWNSHIPS + "/" + township).then(), 409, "in-use")
                .body("references.resource", contains("villages", "platforms"))
                .body("references.count", contains(2, 1))
                .body("detail", containsString("2 条村（社区）"));
        given().when().get(TOWNSHIPS + "/" + township).then().statusCode(200);
    }

    @Test
    void anUnknownTownshipIsNotFoundAndAnUnknownCommitteeIsAFieldError() {
        assertProblem(given().when().get(TOWNSHIPS + "/987654321").then(), 404, "not-found");
        assertProblem(given().when().delete(TOWNSHIPS + "/987654321").then(), 404, "not-found");
        assertFieldError(given().contentType(ContentType.JSON).body(Fixtures.townshipFields(987654321))
                .when().post(TOWNSHIPS).then(), "committeeId");
    }
}
