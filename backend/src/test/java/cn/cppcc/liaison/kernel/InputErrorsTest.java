package cn.cppcc.liaison.kernel;

import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static cn.cppcc.liaison.support.Problems.assertProblem;
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

/** Whatever a client sends, it gets a problem+json it can act on, never a 500. */
@QuarkusTest
class InputErrorsTest {

    private static final String COMMITTEES = "/api/v1/committees";

    @Test
    void malformedJsonIsAMalformedRequestWithItsPosition() {
        assertProblem(Fixtures.broken().contentType(ContentType.JSON).body("{\"name\": \"政协\",")
                .when().post(COMMITTEES).then(), 400, "malformed-request")
                .body("detail", containsString("JSON"));
    }

    @Test
    void aNumberWrittenAsTextIsAWrongType() {
        Map<String, Object> fields = Fixtures.committeeFields();
        fields.put("termNumber", "9");
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(fields)
                .when().post(COMMITTEES).then(), "termNumber");
    }

    @Test
    void aNumberWhereTextBelongsIsAWrongType() {
        Map<String, Object> fields = Fixtures.committeeFields();
        fields.put("name", 12345);
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(fields)
                .when().post(COMMITTEES).then(), "name");
    }

    @Test
    void aDateInTheWrongFormatNamesTheFieldAndTheFormat() {
        Map<String, Object> fields = Fixtures.committeeFields();
        fields.put("termStart", "2021年12月20日");
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(fields)
                .when().post(COMMITTEES).then(), "termStart")
                .body("errors[0].message", containsString("YYYY-MM-DD"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "version0", "createdAt", "status"})
    void fieldsAClientDoesNotOwnAreRejectedNotIgnored(String field) {
        Map<String, Object> fields = Fixtures.committeeFields();
        fields.put(field, 1);
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(fields)
                .when().post(COMMITTEES).then(), field);
    }

    @Test
    void missingRequiredFieldsAreAllListed() {
        assertProblem(Fixtures.broken().contentType(ContentType.JSON).body(Map.of("termNumber", 9))
                .when().post(COMMITTEES).then(), 400, "validation")
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("region"))
                .body("errors.field", hasItem("termStart"));
    }

    @Test
    void aStringOverItsLimitIsRefusedWithTheLimit() {
        Map<String, Object> fields = Fixtures.committeeFields();
        fields.put("name", "政".repeat(101));
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(fields)
                .when().post(COMMITTEES).then(), "name")
                .body("errors[0].message", containsString("100"));
    }

    @Test
    void anEmptyBodyOrAnArrayIsNotACommittee() {
        assertProblem(Fixtures.broken().contentType(ContentType.JSON).body("")
                .when().post(COMMITTEES).then(), 400, "validation");
        assertProblem(Fixtures.broken().contentType(ContentType.JSON).body("[]")
                .when().post(COMMITTEES).then(), 400, "validation");
    }

    @Test
    void anIdThatDoesNotExistIsNotFound() {
        assertProblem(Fixtures.broken().when().get(COMMITTEES + "/999999999").then(), 404, "not-found")
                .body("instance", equalTo(COMMITTEES + "/999999999"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "0", "99999999999999999999"})
    void anIdThatIsNotAPositiveNumberIsABadRequest(String id) {
        assertProblem(Fixtures.broken().when().get(COMMITTEES + "/" + id).then(), 400, "validation");
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=0", "page=-1", "page=99999999999", "page=abc", "size=0", "size=201", "size=-5"})
    void pagingOutsideItsBoundsIsABadRequest(String query) {
        String parameter = query.substring(0, query.indexOf('='));
        assertFieldError(Fixtures.broken().when().get(COMMITTEES + "?" + query).then(), parameter);
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        assertProblem(Fixtures.broken().contentType(ContentType.TEXT).body("name=政协")
                .when().post(COMMITTEES).then(), 415, "unsupported-media-type");
    }

    @Test
    void aBodyOverOneMebibyteIsTooLarge() {
        String huge = "{\"name\": \"" + "政".repeat(400_000) + "\"}";
        assertProblem(Fixtures.broken().contentType(ContentType.JSON).body(huge)
                .when().post(COMMITTEES).then(), 413, "payload-too-large");
    }

    @Test
    void anUnknownAddressIsAProblemToo() {
        assertProblem(Fixtures.outsideContract().when().get("/api/v1/nothing-here").then(), 404, "not-found");
    }

    @Test
    void anUnsupportedMethodIsAProblemToo() {
        assertProblem(Fixtures.outsideContract().contentType(ContentType.JSON).body("{}")
                .when().patch(COMMITTEES).then(), 405, "method-not-allowed");
    }
}
