package cn.cppcc.liaison.security;

import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static cn.cppcc.liaison.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import cn.cppcc.liaison.support.Auth;
import cn.cppcc.liaison.support.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiTokenResourceTest {

    private static final String TOKENS = "/api/v1/api-tokens";

    /** Today where the committees are: expiry dates are Beijing dates. */
    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private static Map<String, Object> token(String role, LocalDate expiresOn) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("name", Fixtures.unique("12345 热线对接"));
        fields.put("role", role);
        fields.put("expiresOn", expiresOn.toString());
        return fields;
    }

    private static JsonPath create(Map<String, Object> fields) {
        return given().contentType(ContentType.JSON).body(fields).when().post(TOKENS)
                .then().statusCode(201).header("Location", containsString(TOKENS + "/")).extract().jsonPath();
    }

    @Test
    void theSecretIsShownOnceAndOnlyItsBeginningAfterwards() {
        JsonPath created = create(token("REPORTER", today().plusDays(90)));
        String secret = created.getString("secret");
        long id = created.getLong("token.id");
        given().when().get(TOKENS + "/" + id).then().statusCode(200)
                .body("$", not(hasKey("secret")))
                .body("secretPrefix", equalTo(secret.substring(0, 10)))
                .body("status", equalTo("ACTIVE"))
                .body("createdBy", equalTo(Auth.ADMIN_USERNAME));
        given().when().get(TOKENS).then().body("items[0]", not(hasKey("secret")));
    }

    @Test
    void aPastExpiryAndAnUnknownCommitteeAreAnsweredTogether() {
        Map<String, Object> fields = token("REPORTER", today().minusDays(1));
        fields.put("committeeId", 987654321);
        assertProblem(given().contentType(ContentType.JSON).body(fields).when().post(TOKENS).then(), 400,
                "validation").body("errors.field", containsInAnyOrder("expiresOn", "committeeId"));
        given().when().get(TOKENS).then().body("total", equalTo(0));
    }

    @Test
    void aTokenOpensTheApiAsItsRoleAndRecordsItsUse() {
        JsonPath created = create(token("REPORTER", today().plusDays(90)));
        Auth.as(created.getString("secret")).when().get("/api/v1/auth/me").then().statusCode(200)
                .body("kind", equalTo("API_TOKEN"))
                .body("role", equalTo("REPORTER"))
                .body("apiTokenId", equalTo(created.getInt("token.id")));
        given().when().get(TOKENS + "/" + created.getLong("token.id")).then().body("lastUsedAt", notNullValue());
    }

    @Test
    void aRevokedTokenIsRefusedAndStaysListedWithWhoRevokedIt() {
        JsonPath created = create(token("OFFICE", today().plusDays(90)));
        long id = created.getLong("token.id");
        given().when().delete(TOKENS + "/" + id).then().statusCode(204);
        given().when().delete(TOKENS + "/" + id).then().statusCode(204);
        assertProblem(Auth.as(created.getString("secret")).when().get("/api/v1/committees").then(), 401, "unauthorized")
                .body("detail", containsString("吊销"));
        given().queryParam("status", "REVOKED").when().get(TOKENS).then()
                .body("total", equalTo(1)).body("items[0].revokedBy", equalTo(Auth.ADMIN_USERNAME));
        given().queryParam("status", "ACTIVE").when().get(TOKENS).then().body("total", equalTo(0));
    }

    @Test
    void anExpiredTokenIsRefused() throws SQLException {
        JsonPath created = create(token("REPORTER", today().plusDays(1)));
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().executeUpdate("update api_token set expires_at = now() - interval '1 minute'");
        }
        assertProblem(Auth.as(created.getString("secret")).when().get("/api/v1/committees").then(), 401, "unauthorized")
                .body("detail", containsString("过期"));
        given().queryParam("status", "EXPIRED").when().get(TOKENS).then().body("total", equalTo(1));
    }

    @Test
    void onlyOfficeAndReporterTokensWithAnExpiryWithinTwoYears() {
        // The contract offers only OFFICE and REPORTER: these requests break it on purpose.
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(token("ADMIN", today().plusDays(30)))
                .when().post(TOKENS).then(), "role");
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(token("MEMBER", today().plusDays(30)))
                .when().post(TOKENS).then(), "role");
        assertFieldError(given().contentType(ContentType.JSON).body(token("REPORTER", today().minusDays(1)))
                .when().post(TOKENS).then(), "expiresOn");
        assertFieldError(given().contentType(ContentType.JSON).body(token("REPORTER", today().plusYears(3)))
                .when().post(TOKENS).then(), "expiresOn");
    }

    @Test
    void aTokenBoundToACommitteeSeesThatCommitteeOnly() {
        long own = Fixtures.committee();
        Fixtures.committee();
        Map<String, Object> fields = token("REPORTER", today().plusDays(30));
        fields.put("committeeId", own);
        String secret = create(fields).getString("secret");
        Auth.as(secret).when().get("/api/v1/committees").then().body("total", equalTo(1))
                .body("items[0].id", equalTo((int) own));
        given().queryParam("committeeId", own).when().get(TOKENS).then().body("total", equalTo(1))
                .body("items[0].secretPrefix", startsWith("cppcc_"));
    }

    @Test
    void aCommitteeWithALiveTokenCannotBeDeletedUntilTheTokenIsRevoked() {
        long committee = Fixtures.committee();
        Map<String, Object> fields = token("OFFICE", today().plusDays(30));
        fields.put("committeeId", committee);
        long id = create(fields).getLong("token.id");
        assertProblem(given().when().delete("/api/v1/committees/" + committee).then(), 409, "in-use")
                .body("references[0].resource", equalTo("api-tokens"));
        given().when().delete(TOKENS + "/" + id).then().statusCode(204);
        given().when().delete("/api/v1/committees/" + committee).then().statusCode(204);
        assertProblem(given().when().get(TOKENS + "/" + id).then(), 404, "not-found");
    }
}
