package cn.cppcc.liaison.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cppcc.liaison.support.ContractFilter;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract check in the tests is real: a body that breaks the contract fails the test. */
@QuarkusTest
class ContractValidationTest {

    @Test
    void aRequestBodyThatBreaksTheContractFailsTheTest() {
        assertThrows(OpenApiValidationFilter.OpenApiValidationException.class, () -> given()
                .contentType(ContentType.JSON)
                .body(Map.of("name", "政协铁力市第九届委员会", "termNumber", "第九届"))
                .when().post("/api/v1/committees"));
    }

    @Test
    void aResponseBodyThatBreaksTheContractIsReported() {
        String wrong = "{\"id\": 1, \"name\": \"政协铁力市第九届委员会\", \"termNumber\": \"九\"}";
        ValidationReport report = ContractFilter.validator(false).validateResponse("/api/v1/committees/1",
                Request.Method.GET, SimpleResponse.Builder.ok().withContentType("application/json").withBody(wrong).build());
        assertTrue(report.hasErrors(), "a committee without its required fields must not pass");
    }

    @Test
    void aProblemWithoutTypeIsReported() {
        ValidationReport report = ContractFilter.validator(false).validateResponse("/api/v1/committees/1",
                Request.Method.GET, SimpleResponse.Builder.status(404)
                        .withContentType("application/problem+json").withBody("{\"title\": \"没找到\"}").build());
        assertTrue(report.hasErrors());
    }

    @Test
    void aCorrectRequestPasses() {
        ValidationReport report = ContractFilter.validator(false).validateRequest(
                SimpleRequest.Builder.get("/api/v1/committees").withQueryParam("page", "2").build());
        assertFalse(report.hasErrors(), report.toString());
    }
}
