package cn.cppcc.liaison.committee;

import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static cn.cppcc.liaison.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;

import cn.cppcc.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommitteeResourceTest {

    private static final String COMMITTEES = "/api/v1/committees";

    @Test
    void createdCommitteeCanBeReadBackWithItsVersionAsETag() {
        Map<String, Object> fields = Fixtures.committeeFields();
        long id = given().contentType(ContentType.JSON).body(fields)
                .when().post(COMMITTEES)
                .then().statusCode(201)
                .header("Location", containsString(COMMITTEES + "/"))
                .header("ETag", "\"0\"")
                .body("name", equalTo(fields.get("name")))
                .body("version", equalTo(0))
                .extract().jsonPath().getLong("id");

        given().when().get(COMMITTEES + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("termNumber", equalTo(9))
                .body("termStart", equalTo("2021-12-20"));
    }

    @Test
    void updateWithCurrentETagSucceedsAndStaleETagIsRefused() {
        long id = Fixtures.committee();
        Map<String, Object> fields = Fixtures.committeeFields();
        fields.put("region", "铁力市");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fields)
                .when().put(COMMITTEES + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("region", equalTo("铁力市"));

        fields.put("region", "伊春市");
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fields)
                .when().put(COMMITTEES + "/" + id).then(), 409, "stale-version");
        given().when().get(COMMITTEES + "/" + id).then().body("region", equalTo("铁力市"));
    }

    @Test
    void theVersionTravelsOnlyInIfMatchNeverInTheBody() {
        long id = Fixtures.committee();
        Map<String, Object> fields = Fixtures.committeeFields();
        fields.put("version", 0);
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fields)
                .when().put(COMMITTEES + "/" + id).then(), "version");
        fields.remove("version");
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"5\"").body(fields)
                .when().put(COMMITTEES + "/" + id).then(), 409, "stale-version");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fields)
                .when().put(COMMITTEES + "/" + id).then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void updateWithoutAnyVersionIsRefusedSoNobodyOverwritesBlindly() {
        long id = Fixtures.committee();
        assertProblem(Fixtures.broken().contentType(ContentType.JSON).body(Fixtures.committeeFields())
                .when().put(COMMITTEES + "/" + id).then(), 428, "precondition-required")
                .body("errors.field", hasItem("If-Match"));
    }

    @Test
    void duplicateNameIsAConflictNamingTheField() {
        Map<String, Object> fields = Fixtures.committeeFields();
        Fixtures.create(COMMITTEES, fields);
        assertProblem(given().contentType(ContentType.JSON).body(fields)
                .when().post(COMMITTEES).then(), 409, "duplicate")
                .body("errors.field", hasItem("name"));
    }

    @Test
    void deletingACommitteeWithDistrictsBelowIsRefusedWithWhatRefersToIt() {
        long city = Fixtures.committee();
        Map<String, Object> district = Fixtures.committeeFields();
        district.put("parentId", city);
        long districtId = Fixtures.create(COMMITTEES, district);

        assertProblem(given().when().delete(COMMITTEES + "/" + city).then(), 409, "in-use")
                .body("references.resource", contains("committees"))
                .body("references.count", contains(1));

        given().when().delete(COMMITTEES + "/" + districtId).then().statusCode(204);
        given().when().delete(COMMITTEES + "/" + city).then().statusCode(204);
        assertProblem(given().when().get(COMMITTEES + "/" + city).then(), 404, "not-found");
    }

    @Test
    void aCommitteeCannotBecomeItsOwnAncestor() {
        long city = Fixtures.committee();
        Map<String, Object> district = Fixtures.committeeFields();
        district.put("parentId", city);
        long districtId = Fixtures.create(COMMITTEES, district);

        Map<String, Object> cityFields = Fixtures.committeeFields();
        cityFields.put("parentId", districtId);
        assertFieldError(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(cityFields)
                .when().put(COMMITTEES + "/" + city).then(), "parentId");
    }

    @Test
    void unknownParentIsAFieldErrorNotANotFound() {
        Map<String, Object> fields = Fixtures.committeeFields();
        fields.put("parentId", 987654321);
        assertFieldError(given().contentType(ContentType.JSON).body(fields)
                .when().post(COMMITTEES).then(), "parentId");
    }

    @Test
    void termMayNotEndBeforeItStarts() {
        Map<String, Object> fields = Fixtures.committeeFields();
        fields.put("termEnd", "2020-01-01");
        assertFieldError(given().contentType(ContentType.JSON).body(fields)
                .when().post(COMMITTEES).then(), "termEnd");
    }

    @Test
    void aTermEndingBeforeItStartsAndAnUnknownParentAreAnsweredTogether() {
        Map<String, Object> fields = Fixtures.committeeFields();
        fields.put("termEnd", "2020-01-01");
        fields.put("parentId", 987654321);
        assertProblem(given().contentType(ContentType.JSON).body(fields).when().post(COMMITTEES).then(), 400,
                "validation").body("errors.field", containsInAnyOrder("termEnd", "parentId"));
        given().queryParam("q", fields.get("name")).when().get(COMMITTEES).then().body("total", equalTo(0));
    }

    @Test
    void listPagesFiltersAndSearchesChineseNames() {
        long city = Fixtures.committee();
        for (String region : new String[] {"岳塘区", "雨湖区", "湘潭县"}) {
            Map<String, Object> fields = Fixtures.committeeFields();
            fields.put("region", region);
            fields.put("parentId", city);
            Fixtures.create(COMMITTEES, fields);
        }
        given().queryParam("parentId", city).queryParam("size", 2).queryParam("sort", "-id")
                .when().get(COMMITTEES)
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.size()", equalTo(2))
                .body("items[0].region", equalTo("湘潭县"));
        given().queryParam("q", "岳塘").when().get(COMMITTEES)
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].region", equalTo("岳塘区"));
    }

    @Test
    void sortingByAnUnknownFieldNamesTheFieldsThatWork() {
        assertFieldError(Fixtures.broken().queryParam("sort", "password").when().get(COMMITTEES).then(), "sort");
    }
}
