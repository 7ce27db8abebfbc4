package cn.cppcc.liaison.kernel;

import static cn.cppcc.liaison.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.cppcc.liaison.support.Fixtures;
import cn.cppcc.liaison.support.Parallel;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Request bodies: what the contract refuses is refused, every mistake of a body at once, in words a clerk can act on. */
@QuarkusTest
class StrictBodyTest {

    @Test
    void aNullIsRefusedWhereTheContractDoesNotAllowOneNamingTheField() {
        long committee = Fixtures.committee();
        Map<String, Object> fields = Fixtures.memberFields(committee, Fixtures.sector(committee));
        fields.put("phone", null);
        assertProblem(Fixtures.broken().contentType(ContentType.JSON).body(fields).when().post("/api/v1/members").then(),
                400, "validation")
                .body("errors.field", equalTo(List.of("phone")))
                .body("errors[0].message", containsString("不填写时请省略该字段"));

        // A required field sent as null reads as missing, with the field's own message.
        fields.remove("phone");
        fields.put("name", null);
        assertProblem(Fixtures.broken().contentType(ContentType.JSON).body(fields).when().post("/api/v1/members").then(),
                400, "validation")
                .body("errors.field", equalTo(List.of("name")))
                .body("errors[0].message", equalTo("姓名不能为空"));

        long lead = Fixtures.member(committee, Fixtures.sector(committee));
        Map<String, Object> proposal = Fixtures.proposalFields(committee, lead);
        proposal.put("coSignerIds", null);
        assertProblem(Fixtures.broken().contentType(ContentType.JSON).body(proposal).when().post("/api/v1/proposals")
                .then(), 400, "validation").body("errors.field", hasItem("coSignerIds"));
        given().when().get("/api/v1/proposals?committeeId=" + committee).then().body("total", equalTo(0));
    }

    @Test
    void aFormLearnsEveryWrongFieldInOneAnswerWithTheLabelsOfCodes() {
        Map<String, Object> account = new HashMap<>();
        account.put("username", "");
        account.put("displayName", " ");
        account.put("role", "CLERK");
        account.put("password", "Passw0rd2026");
        account.put("enabled", "yes");
        assertProblem(Fixtures.broken().contentType(ContentType.JSON).body(account).when().post("/api/v1/accounts")
                .then(), 400, "validation")
                .body("errors.field", hasItems("username", "displayName", "role", "enabled"))
                .body("errors.find { it.field == 'role' }.message", containsString("委员工作处（OFFICE）"))
                .body("detail", containsString("username"));
    }

    @Test
    void aNulCharacterInABodyIsA400NotAFailure() {
        long committee = Fixtures.committee();
        Map<String, Object> sector = Fixtures.sectorFields(committee);
        sector.put("name", "农业\u0000界");
        assertProblem(Fixtures.broken().contentType(ContentType.JSON).body(sector).when().post("/api/v1/sectors").then(),
                400, "validation")
                .body("errors.field", equalTo(List.of("name")))
                .body("errors[0].message", containsString("NUL"));
    }

    @Test
    void aBlankTitleIsRefusedAsTheContractSaysAndOneCharacterIsEnough() {
        long committee = Fixtures.committee();
        long member = Fixtures.member(committee, Fixtures.sector(committee));
        Map<String, Object> proposal = Fixtures.proposalFields(committee, member);
        proposal.put("title", " ");
        assertProblem(Fixtures.broken().contentType(ContentType.JSON).body(proposal).when().post("/api/v1/proposals")
                .then(), 400, "validation").body("errors.field", hasItem("title"));
        proposal.put("title", "桥");
        given().contentType(ContentType.JSON).body(proposal).when().post("/api/v1/proposals").then().statusCode(201);
    }

    @Test
    void aNameWithACharacterOutsideTheBasicPlaneCountsItOnce() {
        long committee = Fixtures.committee();
        Map<String, Object> sector = Fixtures.sectorFields(committee);
        // 50 characters as the contract counts them, 51 UTF-16 units.
        sector.put("name", "𠀾" + "界".repeat(49));
        given().contentType(ContentType.JSON).body(sector).when().post("/api/v1/sectors").then().statusCode(201);
    }

    @Test
    void aDetailStaysWithinTheFourThousandCharactersTheProblemSchemaAllows() {
        Map<String, Object> sector = Fixtures.sectorFields(Fixtures.committee());
        for (int i = 0; i < 300; i++) {
            sector.put("aFieldTheSectorSchemaDoesNotHaveNumber" + i, i);
        }
        assertProblem(Fixtures.broken().contentType(ContentType.JSON).body(sector).when().post("/api/v1/sectors").then(),
                400, "validation")
                .body("detail.length()", lessThanOrEqualTo(4000))
                .body("errors.size()", equalTo(300));
    }

    @Test
    void twentyRacingCreatesOfOneNameMakeOneRecordAndNameNoConstraint() throws Exception {
        long committee = Fixtures.committee();
        Map<String, Object> sector = Fixtures.sectorFields(committee);
        List<Callable<Response>> calls = new ArrayList<>();
        IntStream.range(0, 20).forEach(i -> calls.add(() ->
                given().contentType(ContentType.JSON).body(sector).when().post("/api/v1/sectors")));
        int created = 0;
        for (Response response : Parallel.run(calls)) {
            if (response.statusCode() == 201) {
                created++;
            } else {
                assertEquals(409, response.statusCode(), response.asString());
                String detail = response.jsonPath().getString("detail");
                assertFalse(detail.matches(".*[a-z_]+_(key|check|fkey|pkey|idx).*"), detail);
            }
        }
        assertEquals(1, created);
        given().when().get("/api/v1/sectors?committeeId=" + committee).then().body("total", equalTo(1))
                .body("items[0].name", not(containsString("\u0000")));
    }
}
