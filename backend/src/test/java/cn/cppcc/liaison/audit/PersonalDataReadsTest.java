package cn.cppcc.liaison.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import cn.cppcc.liaison.support.Auth;
import cn.cppcc.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import cn.cppcc.liaison.kernel.SystemActor;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PersonalDataReadsTest {

    private static final String READS = "/api/v1/audit/reads";

    @Inject
    PersonalDataReads reads;

    @Inject
    SystemActor systemActor;

    @Test
    void aRecordedReadIsListedAndFoundByAnyOfItsRecords() {
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        long first = Fixtures.member(committee, sector);
        long second = Fixtures.member(committee, sector);
        long unread = Fixtures.member(committee, sector);
        systemActor.run("system", () -> reads.record(AuditRecordType.MEMBER, null, List.of(second, first), "phone"));

        given().queryParams(Map.of("recordType", "MEMBER", "recordId", second)).when().get(READS)
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].recordIds", contains((int) first, (int) second))
                .body("items[0].fields", contains("phone"));
        given().queryParam("recordId", unread).when().get(READS).then().statusCode(200).body("total", equalTo(0));
        given().queryParam("recordType", "SECTOR").when().get(READS).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void readingTheTrailOfAMemberWithAPhoneIsItselfLoggedWithTheRequest() {
        long committee = Fixtures.committee();
        Map<String, Object> fields = Fixtures.memberFields(committee, Fixtures.sector(committee));
        fields.put("phone", "13904581234");
        long member = Fixtures.create("/api/v1/members", fields);
        given().queryParam("recordId", member).queryParam("recordType", "MEMBER").when().get("/api/v1/audit")
                .then().statusCode(200);

        given().queryParams(Map.of("recordId", member, "actor", Auth.ADMIN_USERNAME)).when().get(READS)
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].actor", equalTo(Auth.ADMIN_USERNAME))
                .body("items[0].path", startsWith("/api/v1/audit?"));
    }
}
