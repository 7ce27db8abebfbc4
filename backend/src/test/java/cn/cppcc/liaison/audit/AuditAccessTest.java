package cn.cppcc.liaison.audit;

import static cn.cppcc.liaison.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import cn.cppcc.liaison.kernel.Role;
import cn.cppcc.liaison.support.Auth;
import cn.cppcc.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The trail shows who changed and saw what, so only the office and administrators may read it. */
@QuarkusTest
class AuditAccessTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/audit", "/api/v1/audit/reads"})
    void withoutSignInTheTrailAnswersUnauthorized(String path) {
        assertProblem(Auth.anonymous().when().get(path).then(), 401, "unauthorized");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/audit", "/api/v1/audit/reads"})
    void aMemberOrAReporterMayNotReadTheTrail(String path) {
        long committee = Fixtures.committee();
        long member = Fixtures.member(committee, Fixtures.sector(committee));
        assertProblem(Auth.as(Auth.signedIn(Role.MEMBER, committee, member, null)).when().get(path).then(),
                403, "forbidden");
        assertProblem(Auth.as(Auth.apiToken(Role.REPORTER, null)).when().get(path).then(), 403, "forbidden");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/audit", "/api/v1/audit/reads"})
    void anAdministratorMayReadTheTrail(String path) {
        given().when().get(path).then().statusCode(200);
    }

    @Test
    void anOfficeBoundToACommitteeSeesOnlyThatCommitteesTrailAndReads() {
        long own = Fixtures.committee();
        long other = Fixtures.committee();
        Map<String, Object> withPhone = Fixtures.memberFields(own, Fixtures.sector(own));
        withPhone.put("phone", "13904581234");
        long ownMember = Fixtures.create("/api/v1/members", withPhone);
        long otherMember = Fixtures.member(other, Fixtures.sector(other));
        String office = Auth.signedIn(Role.OFFICE, own, null, null);

        Auth.as(office).when().get("/api/v1/members/" + ownMember).then().statusCode(200)
                .body("phone", equalTo("13904581234"));
        Auth.as(office).queryParam("recordType", "MEMBER").when().get("/api/v1/audit")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].recordId", equalTo((int) ownMember));
        Auth.as(office).queryParam("recordId", otherMember).queryParam("recordType", "MEMBER")
                .when().get("/api/v1/audit").then().statusCode(200).body("total", equalTo(0));
        // The office's reads (the member, then the trail showing the member's phone) are logged under its
        // committee; the administrator's read of the other committee is not the office's business.
        given().contentType(ContentType.JSON).when().get("/api/v1/members/" + otherMember).then().statusCode(200);
        Auth.as(office).queryParam("recordType", "MEMBER").when().get("/api/v1/audit/reads")
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.recordIds.flatten()", everyItem(equalTo((int) ownMember)));
    }
}
