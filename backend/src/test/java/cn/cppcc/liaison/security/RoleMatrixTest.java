package cn.cppcc.liaison.security;

import cn.cppcc.liaison.kernel.Role;

import static cn.cppcc.liaison.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.cppcc.liaison.support.Auth;
import cn.cppcc.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each role may do, and the records outside an account's reach. */
@QuarkusTest
class RoleMatrixTest {

    private static final String MASKED = "\\d{3}\\*+\\d{4}";

    /** Committee A with two groups of one member each, and committee B with one member. */
    record World(long committee, long sector, long group1, long member1, long group2, long member2,
            long otherCommittee, long otherMember) {

        static World build() {
            long committee = Fixtures.committee();
            long sector = Fixtures.sector(committee);
            long group1 = Fixtures.group(committee);
            long group2 = Fixtures.group(committee);
            long member1 = member(committee, sector, group1, "13904581234");
            long member2 = member(committee, sector, group2, "13904585678");
            long other = Fixtures.committee();
            long otherMember = member(other, Fixtures.sector(other), null, "13904589999");
            return new World(committee, sector, group1, member1, group2, member2, other, otherMember);
        }

        private static long member(long committee, long sector, Long group, String phone) {
            Map<String, Object> fields = Fixtures.memberFields(committee, sector);
            fields.put("phone", phone);
            if (group != null) {
                fields.put("groupId", group);
            }
            return Fixtures.create("/api/v1/members", fields);
        }
    }

    @Test
    void everyRoleReadsTheRosterOfItsCommittee() {
        World w = World.build();
        for (String token : List.of(
                Auth.signedIn(Role.OFFICE, w.committee(), null, null),
                Auth.signedIn(Role.CONVENOR, w.committee(), w.member1(), w.group1()),
                Auth.signedIn(Role.LIAISON, w.committee(), null, w.group2()),
                Auth.signedIn(Role.MEMBER, w.committee(), w.member2(), null),
                Auth.signedIn(Role.REPORTER, w.committee(), null, null),
                Auth.apiToken(Role.REPORTER, w.committee()))) {
            Auth.as(token).queryParam("committeeId", w.committee()).when().get("/api/v1/members")
                    .then().statusCode(200).body("total", equalTo(2));
            Auth.as(token).when().get("/api/v1/groups/" + w.group1()).then().statusCode(200);
        }
    }

    @Test
    void membersAndReportersCannotChangeTheRoster() {
        World w = World.build();
        for (String token : List.of(Auth.signedIn(Role.MEMBER, w.committee(), w.member2(), null),
                Auth.signedIn(Role.REPORTER, w.committee(), null, null), Auth.apiToken(Role.REPORTER, null))) {
            assertProblem(Auth.as(token).contentType(ContentType.JSON).body(Fixtures.sectorFields(w.committee()))
                    .when().post("/api/v1/sectors").then(), 403, "forbidden");
            assertProblem(Auth.as(token).contentType(ContentType.JSON)
                    .body(Fixtures.memberFields(w.committee(), w.sector()))
                    .when().post("/api/v1/members").then(), 403, "forbidden");
            assertProblem(Auth.as(token).when().delete("/api/v1/members/" + w.member1()).then(), 403, "forbidden");
            assertProblem(Auth.as(token).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(memberUpdate(w, w.member2(), w.group2()))
                    .when().put("/api/v1/members/" + w.member2()).then(), 403, "forbidden");
        }
        given().when().get("/api/v1/members/" + w.member1()).then().statusCode(200);
    }

    @Test
    void onlyTheAdministratorManagesCommitteesAccountsAndTokens() {
        World w = World.build();
        String office = Auth.signedIn(Role.OFFICE, w.committee(), null, null);
        assertProblem(Auth.as(office).contentType(ContentType.JSON).body(Fixtures.committeeFields())
                .when().post("/api/v1/committees").then(), 403, "forbidden");
        assertProblem(Auth.as(office).when().get("/api/v1/accounts").then(), 403, "forbidden");
        assertProblem(Auth.as(office).when().get("/api/v1/api-tokens").then(), 403, "forbidden");
        assertProblem(Auth.as(office).when().delete("/api/v1/committees/" + w.committee()).then(), 403, "forbidden");
        String convenor = Auth.signedIn(Role.CONVENOR, w.committee(), w.member1(), w.group1());
        assertProblem(Auth.as(convenor).when().get("/api/v1/audit").then(), 403, "forbidden");
        assertProblem(Auth.as(convenor).contentType(ContentType.JSON).body(Map.of("status", "SUSPENDED", "reason", "调动"))
                .when().post("/api/v1/members/" + w.member2() + "/status").then(), 403, "forbidden");
    }

    @Test
    void aConvenorEditsTheirGroupAndItsMembersButNoOtherGroup() {
        World w = World.build();
        String convenor = Auth.signedIn(Role.CONVENOR, w.committee(), w.member1(), w.group1());
        Auth.as(convenor).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("committeeId", w.committee(), "name", Fixtures.unique("农业界第一活动组")))
                .when().put("/api/v1/groups/" + w.group1()).then().statusCode(200);
        assertProblem(Auth.as(convenor).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("committeeId", w.committee(), "name", Fixtures.unique("别组")))
                .when().put("/api/v1/groups/" + w.group2()).then(), 403, "forbidden");
        Auth.as(convenor).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(memberUpdate(w, w.member1(), w.group1()))
                .when().put("/api/v1/members/" + w.member1()).then().statusCode(200).body("jobTitle", equalTo("村委会主任"));
        assertProblem(Auth.as(convenor).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(memberUpdate(w, w.member2(), w.group2()))
                .when().put("/api/v1/members/" + w.member2()).then(), 403, "forbidden");
        // Nor may a convenor move a member out of the group.
        assertProblem(Auth.as(convenor).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(memberUpdate(w, w.member1(), w.group2()))
                .when().put("/api/v1/members/" + w.member1()).then(), 403, "forbidden");
        given().when().get("/api/v1/members/" + w.member1()).then().body("groupId", equalTo((int) w.group1()));
    }

    @Test
    void recordsOfAnotherCommitteeDoNotExistForAnAccountBoundToOne() {
        World w = World.build();
        String office = Auth.signedIn(Role.OFFICE, w.committee(), null, null);
        assertProblem(Auth.as(office).when().get("/api/v1/members/" + w.otherMember()).then(), 404, "not-found");
        assertProblem(Auth.as(office).when().get("/api/v1/committees/" + w.otherCommittee()).then(), 404, "not-found");
        assertProblem(Auth.as(office).when().delete("/api/v1/members/" + w.otherMember()).then(), 404, "not-found");
        Auth.as(office).queryParam("committeeId", w.otherCommittee()).when().get("/api/v1/members")
                .then().statusCode(200).body("total", equalTo(0));
        Auth.as(office).when().get("/api/v1/committees").then().body("total", equalTo(1))
                .body("items[0].id", equalTo((int) w.committee()));
        assertProblem(Auth.as(office).contentType(ContentType.JSON).body(Fixtures.sectorFields(w.otherCommittee()))
                .when().post("/api/v1/sectors").then(), 400, "validation");
        given().when().get("/api/v1/members/" + w.otherMember()).then().statusCode(200);
    }

    @Test
    void aReporterGetsNoPhoneNumbersAnywhere() {
        World w = World.build();
        for (String token : List.of(Auth.signedIn(Role.REPORTER, null, null, null), Auth.apiToken(Role.REPORTER, null))) {
            List<String> bodies = List.of(
                    Auth.as(token).when().get("/api/v1/members?size=200").then().statusCode(200)
                            .body("items.phone", everyItem(matchesPattern(MASKED))).extract().asString(),
                    Auth.as(token).when().get("/api/v1/members/" + w.member1()).then().statusCode(200)
                            .body("phone", matchesPattern(MASKED)).extract().asString(),
                    Auth.as(token).when().get("/api/v1/members?q=王&committeeId=" + w.committee()).then()
                            .statusCode(200).extract().asString());
            for (String body : bodies) {
                for (String phone : List.of("13904581234", "13904585678", "13904589999")) {
                    assertFalse(body.contains(phone), "a reporter was shown " + phone);
                }
            }
        }
    }

    @Test
    void aMemberSeesTheirOwnPhoneAndAConvenorTheirGroupsOnly() {
        World w = World.build();
        String member = Auth.signedIn(Role.MEMBER, w.committee(), w.member2(), null);
        Auth.as(member).when().get("/api/v1/members/" + w.member2()).then().body("phone", equalTo("13904585678"));
        Auth.as(member).when().get("/api/v1/members/" + w.member1()).then().body("phone", equalTo("139****1234"));
        String convenor = Auth.signedIn(Role.CONVENOR, w.committee(), w.member1(), w.group1());
        Auth.as(convenor).when().get("/api/v1/members/" + w.member1()).then().body("phone", equalTo("13904581234"));
        Auth.as(convenor).when().get("/api/v1/members/" + w.member2()).then().body("phone", equalTo("139****5678"));
        String office = Auth.signedIn(Role.OFFICE, w.committee(), null, null);
        Auth.as(office).when().get("/api/v1/members/" + w.member2()).then().body("phone", equalTo("13904585678"));
    }

    @Test
    void anOfficeApiTokenOfACommitteeWritesThereOnly() {
        World w = World.build();
        String integration = Auth.apiToken(Role.OFFICE, w.committee());
        Auth.as(integration).contentType(ContentType.JSON).body(Fixtures.sectorFields(w.committee()))
                .when().post("/api/v1/sectors").then().statusCode(201);
        assertProblem(Auth.as(integration).contentType(ContentType.JSON).body(Fixtures.sectorFields(w.otherCommittee()))
                .when().post("/api/v1/sectors").then(), 400, "validation");
    }

    private static Map<String, Object> memberUpdate(World w, long member, long group) {
        Map<String, Object> fields = new HashMap<>(given().when().get("/api/v1/members/" + member).then()
                .extract().jsonPath().getMap(""));
        Map<String, Object> update = new HashMap<>();
        for (String key : List.of("committeeId", "name", "gender", "sectorId", "phone")) {
            update.put(key, fields.get(key));
        }
        update.put("groupId", group);
        update.put("jobTitle", "村委会主任");
        return update;
    }
}
