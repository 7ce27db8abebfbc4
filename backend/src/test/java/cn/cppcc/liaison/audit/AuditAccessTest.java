package cn.cppcc.liaison.audit;

import static cn.cppcc.liaison.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The trail shows who changed and saw what, so only the office and administrators may read it. */
@QuarkusTest
class AuditAccessTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/audit", "/api/v1/audit/reads"})
    void withoutSignInTheTrailAnswersUnauthorized(String path) {
        assertProblem(given().when().get(path).then(), 401, "unauthorized");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/audit", "/api/v1/audit/reads"})
    @TestSecurity(user = "member-li", roles = "MEMBER")
    void aMemberMayNotReadTheTrail(String path) {
        assertProblem(given().when().get(path).then(), 403, "forbidden");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/audit", "/api/v1/audit/reads"})
    @TestSecurity(user = "admin", roles = "ADMIN")
    void anAdministratorMayReadTheTrail(String path) {
        given().when().get(path).then().statusCode(200);
    }
}
