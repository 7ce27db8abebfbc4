package cn.cppcc.liaison.security;

import cn.cppcc.liaison.kernel.Role;

import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static cn.cppcc.liaison.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cppcc.liaison.support.Auth;
import cn.cppcc.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SignInTest {

    private static final String TOKEN = "/api/v1/auth/token";

    @Test
    void theRightPasswordGivesATokenThatOpensTheApiAsThatAccount() {
        long committee = Fixtures.committee();
        String token = Auth.signedIn(Role.OFFICE, committee, null, null);
        Auth.as(token).when().get("/api/v1/auth/me")
                .then().statusCode(200)
                .body("kind", equalTo("ACCOUNT"))
                .body("role", equalTo("OFFICE"))
                .body("committeeId", equalTo((int) committee));
    }

    @Test
    void signInAnswersWithTheTokensLifetimeAndTheAccount() {
        given().contentType(ContentType.JSON).body(Map.of("username", "TEST-ADMIN", "password", Auth.PASSWORD))
                .when().post(TOKEN)
                .then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(7200))
                .body("account.username", equalTo(Auth.ADMIN_USERNAME))
                .body("account.lastLoginAt", notNullValue());
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        ValidatableResponse wrong = signIn(Auth.ADMIN_USERNAME, "Wrong-passw0rd");
        assertProblem(wrong, 401, "unauthorized").body("detail", equalTo("用户名或密码不正确"));
        assertProblem(signIn("nobody-here", "Wrong-passw0rd"), 401, "unauthorized")
                .body("detail", equalTo("用户名或密码不正确"));
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountForAWhileThenTheRightOneWorks() throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            assertProblem(signIn(Auth.ADMIN_USERNAME, "Wrong-passw0rd" + i), 401, "unauthorized");
        }
        // Locked: even the right password waits, so guessing cannot go on.
        String retryAfter = assertProblem(signIn(Auth.ADMIN_USERNAME, Auth.PASSWORD), 429, "too-many-requests")
                .header("Retry-After", notNullValue())
                .extract().header("Retry-After");
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds >= 1 && seconds <= 2, "the test lockout is 2 s, Retry-After was " + seconds);
        Thread.sleep(seconds * 1000 + 200);
        signIn(Auth.ADMIN_USERNAME, Auth.PASSWORD).statusCode(200);
    }

    @Test
    void aLockedAccountDoesNotLockOthers() {
        String other = Fixtures.unique("office-");
        Fixtures.create("/api/v1/accounts", Map.of("username", other, "displayName", "李文", "role", "OFFICE",
                "password", Auth.PASSWORD));
        for (int i = 0; i < 5; i++) {
            signIn(other, "Wrong-passw0rd" + i);
        }
        assertProblem(signIn(other, Auth.PASSWORD), 429, "too-many-requests");
        signIn(Auth.ADMIN_USERNAME, Auth.PASSWORD).statusCode(200);
    }

    @Test
    void aDisabledAccountCannotSignInAndItsTokensStopWorking() {
        String username = Fixtures.unique("reporter-");
        long id = Fixtures.create("/api/v1/accounts", Map.of("username", username, "displayName", "统计员",
                "role", "REPORTER", "password", Auth.PASSWORD));
        String token = Auth.signIn(username, Auth.PASSWORD);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("username", username, "displayName", "统计员", "role", "REPORTER", "enabled", false))
                .when().put("/api/v1/accounts/" + id).then().statusCode(200);
        assertProblem(signIn(username, Auth.PASSWORD), 401, "unauthorized").body("detail", equalTo("账号已停用，请联系系统管理员"));
        assertProblem(Auth.as(token).when().get("/api/v1/committees").then(), 401, "unauthorized");
    }

    @Test
    void changingOnesPasswordEndsOldSessionsAndGivesANewToken() {
        String username = Fixtures.unique("member-pw-");
        Fixtures.create("/api/v1/accounts", Map.of("username", username, "displayName", "王丽华", "role", "OFFICE",
                "password", Auth.PASSWORD));
        String old = Auth.signIn(username, Auth.PASSWORD);
        String fresh = Auth.as(old).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", Auth.PASSWORD, "newPassword", "Shuangfeng2026"))
                .when().post("/api/v1/auth/password")
                .then().statusCode(200).body("expiresIn", greaterThan(0))
                .extract().jsonPath().getString("accessToken");
        assertProblem(Auth.as(old).when().get("/api/v1/auth/me").then(), 401, "unauthorized");
        Auth.as(fresh).when().get("/api/v1/auth/me").then().statusCode(200).body("name", equalTo(username));
        signIn(username, "Shuangfeng2026").statusCode(200);
        assertProblem(signIn(username, Auth.PASSWORD), 401, "unauthorized");
    }

    @Test
    void aNewPasswordMustBeLongEnoughWithLettersAndDigitsAndTheCurrentOneRight() {
        assertFieldError(given().contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "Wrong-passw0rd", "newPassword", "Shuangfeng2026"))
                .when().post("/api/v1/auth/password").then(), "currentPassword");
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON)
                .body(Map.of("currentPassword", Auth.PASSWORD, "newPassword", "short1"))
                .when().post("/api/v1/auth/password").then(), "newPassword");
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON)
                .body(Map.of("currentPassword", Auth.PASSWORD, "newPassword", "onlyletters"))
                .when().post("/api/v1/auth/password").then(), "newPassword");
    }

    @Test
    void anApiTokenHasNoPasswordToChange() {
        String secret = Auth.apiToken(Role.OFFICE, null);
        assertProblem(Auth.as(secret).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "x", "newPassword", "Shuangfeng2026"))
                .when().post("/api/v1/auth/password").then(), 403, "forbidden");
        Auth.as(secret).when().get("/api/v1/auth/me").then().statusCode(200)
                .body("kind", equalTo("API_TOKEN")).body("role", equalTo("OFFICE"));
    }

    @Test
    void signInNeedsBothFields() {
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(Map.of("username", "x"))
                .when().post(TOKEN).then(), "password");
    }

    private static ValidatableResponse signIn(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .when().post(TOKEN).then();
    }
}
