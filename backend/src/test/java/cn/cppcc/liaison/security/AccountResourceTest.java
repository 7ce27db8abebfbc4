package cn.cppcc.liaison.security;

import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static cn.cppcc.liaison.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import cn.cppcc.liaison.support.Auth;
import cn.cppcc.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountResourceTest {

    private static final String ACCOUNTS = "/api/v1/accounts";

    private static Map<String, Object> account(String role, Object... links) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("username", Fixtures.unique("user-"));
        fields.put("displayName", "王丽华");
        fields.put("role", role);
        fields.put("password", Auth.PASSWORD);
        for (int i = 0; i < links.length; i += 2) {
            fields.put((String) links[i], links[i + 1]);
        }
        return fields;
    }

    @Test
    void aConvenorAccountNamesItsGroupAndMemberAndNeverShowsAPassword() {
        long committee = Fixtures.committee();
        long group = Fixtures.group(committee);
        long member = Fixtures.member(committee, Fixtures.sector(committee));
        long id = Fixtures.create(ACCOUNTS, account("CONVENOR", "committeeId", committee, "groupId", group,
                "memberId", member));
        given().when().get(ACCOUNTS + "/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("role", equalTo("CONVENOR"))
                .body("groupId", equalTo((int) group))
                .body("memberId", equalTo((int) member))
                .body("$", not(hasKey("password")))
                .body("$", not(hasKey("passwordHash")));
    }

    @Test
    void eachRoleNeedsItsLinksAndNoOthers() {
        long committee = Fixtures.committee();
        long group = Fixtures.group(committee);
        assertFieldError(given().contentType(ContentType.JSON).body(account("MEMBER", "committeeId", committee))
                .when().post(ACCOUNTS).then(), "memberId");
        assertFieldError(given().contentType(ContentType.JSON).body(account("CONVENOR", "committeeId", committee))
                .when().post(ACCOUNTS).then(), "groupId");
        assertFieldError(given().contentType(ContentType.JSON).body(account("LIAISON", "groupId", group))
                .when().post(ACCOUNTS).then(), "committeeId");
        assertFieldError(given().contentType(ContentType.JSON).body(account("OFFICE", "committeeId", committee,
                "groupId", group)).when().post(ACCOUNTS).then(), "groupId");
        long other = Fixtures.committee();
        long foreignMember = Fixtures.member(other, Fixtures.sector(other));
        assertFieldError(given().contentType(ContentType.JSON).body(account("MEMBER", "committeeId", committee,
                "memberId", foreignMember)).when().post(ACCOUNTS).then(), "memberId");
    }

    @Test
    void linksTheRoleDoesNotTakeAndAMissingPasswordAreAnsweredTogether() {
        long committee = Fixtures.committee();
        Map<String, Object> fields = account("OFFICE", "committeeId", committee, "memberId",
                Fixtures.member(committee, Fixtures.sector(committee)), "groupId", Fixtures.group(committee));
        fields.remove("password");
        assertProblem(given().contentType(ContentType.JSON).body(fields).when().post(ACCOUNTS).then(), 400,
                "validation").body("errors.field", containsInAnyOrder("memberId", "groupId", "password"));
        given().queryParam("q", fields.get("username")).when().get(ACCOUNTS).then().body("total", equalTo(0));
    }

    @Test
    void passwordsMustBeStrongEnoughAndANewAccountNeedsOne() {
        Map<String, Object> weak = account("OFFICE");
        weak.put("password", "12345678");
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(weak).when().post(ACCOUNTS).then(),
                "password");
        Map<String, Object> none = account("OFFICE");
        none.remove("password");
        assertFieldError(given().contentType(ContentType.JSON).body(none).when().post(ACCOUNTS).then(), "password");
    }

    @Test
    void aLongChinesePasswordCountsInFullNotOnlyItsFirst72Bytes() {
        // 40 characters, 118 bytes: bcrypt alone would read only the first 72 of them.
        String password = "铁力市政协委员联系群众平台的密码".repeat(2) + "12345678";
        Map<String, Object> fields = account("OFFICE");
        fields.put("password", password);
        Fixtures.create(ACCOUNTS, fields);
        Auth.signIn((String) fields.get("username"), password);
        given().contentType(ContentType.JSON)
                .body(Map.of("username", fields.get("username"), "password", password.substring(0, 30) + "00000000"))
                .when().post("/api/v1/auth/token").then().statusCode(401);
    }

    @Test
    void usernamesAreUniqueWhateverTheirCase() {
        Map<String, Object> first = account("REPORTER");
        first.put("username", "Report-Zhang");
        Fixtures.create(ACCOUNTS, first);
        Map<String, Object> second = account("REPORTER");
        second.put("username", "report-zhang");
        assertProblem(given().contentType(ContentType.JSON).body(second).when().post(ACCOUNTS).then(), 409, "duplicate")
                .body("errors[0].field", equalTo("username"));
    }

    @Test
    void listFiltersByRoleCommitteeEnabledAndSearch() {
        long committee = Fixtures.committee();
        Map<String, Object> office = account("OFFICE", "committeeId", committee);
        office.put("displayName", "委员工作处李文");
        Fixtures.create(ACCOUNTS, office);
        Map<String, Object> disabled = account("REPORTER", "committeeId", committee, "enabled", false);
        Fixtures.create(ACCOUNTS, disabled);
        given().queryParam("committeeId", committee).when().get(ACCOUNTS).then().body("total", equalTo(2));
        given().queryParams(Map.of("committeeId", committee, "role", "OFFICE")).when().get(ACCOUNTS)
                .then().body("total", equalTo(1)).body("items[0].displayName", equalTo("委员工作处李文"));
        given().queryParams(Map.of("committeeId", committee, "enabled", false)).when().get(ACCOUNTS)
                .then().body("total", equalTo(1)).body("items[0].role", equalTo("REPORTER"));
        given().queryParam("q", "李文").when().get(ACCOUNTS).then().body("total", equalTo(1));
    }

    @Test
    void changingARoleEndsTheAccountsSessions() {
        Map<String, Object> fields = account("OFFICE");
        long id = Fixtures.create(ACCOUNTS, fields);
        String token = Auth.signIn((String) fields.get("username"), Auth.PASSWORD);
        fields.put("role", "REPORTER");
        fields.remove("password");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fields)
                .when().put(ACCOUNTS + "/" + id).then().statusCode(200).body("role", equalTo("REPORTER"));
        assertProblem(Auth.as(token).when().get("/api/v1/auth/me").then(), 401, "unauthorized");
        String again = Auth.signIn((String) fields.get("username"), Auth.PASSWORD);
        Auth.as(again).when().get("/api/v1/auth/me").then().body("role", equalTo("REPORTER"));
    }

    @Test
    void anUpdateNeedsTheCurrentVersion() {
        Map<String, Object> fields = account("OFFICE");
        long id = Fixtures.create(ACCOUNTS, fields);
        fields.remove("password");
        assertProblem(Fixtures.broken().contentType(ContentType.JSON).body(fields).when().put(ACCOUNTS + "/" + id).then(),
                428, "precondition-required");
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(fields)
                .when().put(ACCOUNTS + "/" + id).then(), 409, "stale-version");
    }

    @Test
    void theLastAdministratorCanNeitherBeDisabledNorDeletedAndNobodyDeletesThemselves() {
        Map<String, Object> me = new HashMap<>(Map.of("username", Auth.ADMIN_USERNAME, "displayName", "测试管理员",
                "role", "ADMIN", "enabled", false));
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(me)
                .when().put(ACCOUNTS + "/" + Auth.adminId()).then(), 409, "illegal-state");
        assertProblem(given().when().delete(ACCOUNTS + "/" + Auth.adminId()).then(), 409, "illegal-state");
        // A second administrator may retire the first, and the first's token stops working.
        Map<String, Object> second = account("ADMIN");
        Fixtures.create(ACCOUNTS, second);
        String secondToken = Auth.signIn((String) second.get("username"), Auth.PASSWORD);
        Auth.as(secondToken).when().delete(ACCOUNTS + "/" + Auth.adminId()).then().statusCode(204);
        assertProblem(given().when().get(ACCOUNTS).then(), 401, "unauthorized");
    }

    @Test
    void anUnknownAccountIsNotFound() {
        assertProblem(given().when().get(ACCOUNTS + "/999999").then(), 404, "not-found");
    }
}
