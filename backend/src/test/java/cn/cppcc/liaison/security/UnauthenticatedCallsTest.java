package cn.cppcc.liaison.security;

import cn.cppcc.liaison.kernel.Role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cppcc.liaison.support.Auth;
import cn.cppcc.liaison.support.ContractFilter;
import cn.cppcc.liaison.support.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Built from openapi.yaml: every operation that requires the bearer scheme answers 401 problem+json,
 * and does nothing, without credentials or with credentials that are no good.
 */
@QuarkusTest
class UnauthenticatedCallsTest {

    @Test
    void everyOperationRefusesACallWithoutCredentials() throws Exception {
        assertEveryOperationRefuses(() -> RestAssured.given().noFilters());
    }

    @Test
    void everyOperationRefusesAnExpiredToken() throws Exception {
        String expired = issuer().issue(admin(), Instant.now().minusSeconds(3 * 3600)).token();
        assertEveryOperationRefuses(() -> withToken(expired));
    }

    @Test
    void everyOperationRefusesATamperedToken() throws Exception {
        String[] parts = Auth.adminToken().split("\\.");
        // Claim another subject without the signature that goes with it.
        String payload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"iss\":\"urn:cppcc:liaison\",\"sub\":\"1\",\"upn\":\"x\",\"groups\":[\"ADMIN\"],\"exp\":4102444800}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEveryOperationRefuses(() -> withToken(parts[0] + "." + payload + "." + parts[2]));
    }

    @Test
    void everyOperationRefusesATokenSignedWithAnotherKey() throws Exception {
        String foreign = Jwt.issuer("urn:cppcc:liaison").subject(String.valueOf(Auth.adminId())).upn("x")
                .groups("ADMIN").expiresAt(Instant.now().plusSeconds(600)).sign(otherKey());
        assertEveryOperationRefuses(() -> withToken(foreign));
    }

    @Test
    void everyOperationRefusesARevokedApiToken() throws Exception {
        String secret = Auth.apiToken(Role.OFFICE, null);
        long id = RestAssured.given().when().get("/api/v1/api-tokens").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        RestAssured.given().when().delete("/api/v1/api-tokens/" + id).then().statusCode(204);
        assertEveryOperationRefuses(() -> withToken(secret));
    }

    @Test
    void otherSchemesAndGarbageAreRefused() throws Exception {
        assertEveryOperationRefuses(() -> RestAssured.given().noFilters().header("Authorization", "Basic dGVzdDp0ZXN0"));
        assertEveryOperationRefuses(() -> withToken("cppcc_not-a-real-secret"));
        assertEveryOperationRefuses(() -> withToken("not.a.jwt"));
    }

    private static void assertEveryOperationRefuses(Supplier<RequestSpecification> request) throws Exception {
        List<String> failures = new ArrayList<>();
        List<cn.cppcc.liaison.contract.SecuredOperations.Call> calls = cn.cppcc.liaison.contract.SecuredOperations.calls();
        assertTrue(calls.size() > 30, "the contract's operations were read");
        for (var call : calls) {
            Response response = call.send(request.get());
            String type = response.contentType();
            if (response.statusCode() != 401 || !type.startsWith("application/problem+json")
                    || !"urn:cppcc:problem:unauthorized".equals(response.jsonPath().getString("type"))
                    || response.header("WWW-Authenticate") == null) {
                failures.add(call + " answered " + response.statusCode() + " " + type + " " + response.asString());
            }
        }
        assertEquals(List.of(), failures);
        // Nothing was created by the refused calls.
        assertEquals(0, RestAssured.given().when().get("/api/v1/committees").then().extract().jsonPath().getInt("total"));
    }

    private static RequestSpecification withToken(String token) {
        return RestAssured.given().noFilters().header("Authorization", "Bearer " + token);
    }

    private static TokenIssuer issuer() {
        return Arc.container().instance(TokenIssuer.class).get();
    }

    private static AccountEntity admin() {
        AccountEntity admin = new AccountEntity();
        admin.id = Auth.adminId();
        admin.username = Auth.ADMIN_USERNAME;
        admin.role = Role.ADMIN;
        return admin;
    }

    private static java.security.PrivateKey otherKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair().getPrivate();
    }
}
