package cn.cppcc.liaison.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.Role;
import cn.cppcc.liaison.support.Auth;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may read and run the evaluation and the record, per role, on the year of {@link EvaluationWorld}. */
@QuarkusTest
class EvaluationAccessTest {

    @Inject
    OfficeClock clock;

    EvaluationWorld world;

    @BeforeEach
    void build() {
        world = new EvaluationWorld(clock).build().withRules();
    }

    @Test
    void theOfficeComputesAndClosesItsOwnCommitteeAndAnotherCommitteeReadsAsMissing() {
        String office = Auth.signedIn(Role.OFFICE, world.committee, null, null);
        Auth.as(office).when().post("/api/v1/evaluations/2025/compute").then().statusCode(200)
                .body("committeeId", equalTo((int) world.committee)).body("members", equalTo(5));
        String stranger = Auth.signedIn(Role.OFFICE, world.other, null, null);
        Auth.as(stranger).queryParam("committeeId", world.committee).when().post("/api/v1/evaluations/2025/compute")
                .then().statusCode(404);
        Auth.as(stranger).when().get("/api/v1/evaluations/2025/members/" + world.wang).then().statusCode(404);
        Auth.as(stranger).when().get("/api/v1/members/" + world.wang + "/record").then().statusCode(404);
        Auth.as(office).contentType(ContentType.JSON).body(Map.of("reason", "复核"))
                .when().post("/api/v1/evaluations/2025/reopen").then().statusCode(403);
    }

    @Test
    void aMemberReadsTheirOwnBreakdownAndRecordOnly() {
        given().queryParam("committeeId", world.committee).when().post("/api/v1/evaluations/2025/compute")
                .then().statusCode(200);
        String wang = Auth.signedIn(Role.MEMBER, world.committee, world.wang, null);
        Auth.as(wang).when().get("/api/v1/evaluations/2025/members/" + world.wang).then().statusCode(200)
                .body("score", equalTo(78.3f));
        Auth.as(wang).when().get("/api/v1/evaluations/2025/members/" + world.li).then().statusCode(403)
                .body("detail", containsString("本人"));
        Auth.as(wang).queryParam("year", 2025).when().get("/api/v1/evaluations").then().statusCode(403);
        Auth.as(wang).when().post("/api/v1/evaluations/2025/compute").then().statusCode(403);
        Auth.as(wang).queryParam("year", 2025).when().get("/api/v1/members/" + world.wang + "/record")
                .then().statusCode(200).body("items.size()", greaterThan(0));
        Auth.as(wang).when().get("/api/v1/members/" + world.li + "/record").then().statusCode(403);
    }

    @Test
    void aConvenorSeesTheirGroupAndNoOther() {
        given().queryParam("committeeId", world.committee).when().post("/api/v1/evaluations/2025/compute")
                .then().statusCode(200);
        String convenor = Auth.signedIn(Role.CONVENOR, world.committee, world.wang, world.group1);
        Auth.as(convenor).queryParam("year", 2025).when().get("/api/v1/evaluations").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.memberId", containsInAnyOrder((int) world.wang, (int) world.li, (int) world.sun));
        Auth.as(convenor).queryParam("year", 2025).queryParam("groupId", world.group2)
                .when().get("/api/v1/evaluations").then().statusCode(403);
        Auth.as(convenor).when().get("/api/v1/evaluations/2025/members/" + world.li).then().statusCode(200);
        Auth.as(convenor).when().get("/api/v1/evaluations/2025/members/" + world.zhao).then().statusCode(403);
        Auth.as(convenor).when().get("/api/v1/evaluations/2025/inactive").then().statusCode(200)
                .body("groupId", everyItem(equalTo((int) world.group1)));
        Auth.as(convenor).queryParam("year", 2025).when().get("/api/v1/members/" + world.li + "/record")
                .then().statusCode(200);
        Auth.as(convenor).when().get("/api/v1/members/" + world.zhao + "/record").then().statusCode(403);
    }

    @Test
    void aReporterReadsTheTableAndTheRecordsCountsButNoItems() {
        given().queryParam("committeeId", world.committee).when().post("/api/v1/evaluations/2025/compute")
                .then().statusCode(200);
        String reporter = Auth.apiToken(Role.REPORTER, world.committee);
        Auth.as(reporter).queryParam("year", 2025).when().get("/api/v1/evaluations").then().statusCode(200)
                .body("total", equalTo(5));
        Auth.as(reporter).when().get("/api/v1/evaluations/2025/groups").then().statusCode(200);
        Auth.as(reporter).when().get("/api/v1/evaluations/2025/inactive").then().statusCode(403);
        Auth.as(reporter).when().get("/api/v1/evaluations/2025/members/" + world.wang).then().statusCode(403);
        Auth.as(reporter).queryParam("year", 2025).when().get("/api/v1/members/" + world.wang + "/record")
                .then().statusCode(200).body("countsOnly", equalTo(true)).body("items", empty())
                .body("counts.kind", hasItems("VISIT", "DUTY_DONE", "OPINION_SUBMITTED"));
        Auth.as(reporter).queryParam("year", 2025).when().get("/api/v1/members/" + world.wang + "/record/export")
                .then().statusCode(403);
        Auth.as(reporter).contentType(ContentType.JSON).body(Map.of("from", "TIELI"))
                .when().post("/api/v1/evaluation-rules/2026").then().statusCode(403);
        Auth.as(reporter).when().get("/api/v1/evaluation-rules/2025").then().statusCode(200)
                .body("name", not(equalTo("")));
    }
}
