package cn.cppcc.liaison.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import cn.cppcc.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The headers browsers act on: no sniffing, no framing, no caching of API answers, CORS only for listed origins. */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void apiAnswersCarryTheSecurityHeadersAndAreNeverCached() {
        given().when().get("/api/v1/committees").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store");
    }

    @Test
    void theFrontendIsServedWithAContentSecurityPolicy() {
        Fixtures.outsideContract().when().get("/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("X-Frame-Options", "DENY");
    }

    @Test
    void corsAllowsTheConfiguredOriginOnly() {
        Fixtures.outsideContract().header("Origin", "http://localhost:8080")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .when().options("/api/v1/committees").then()
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:8080"));
        Fixtures.outsideContract().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/committees").then()
                .header("Access-Control-Allow-Origin", not(equalTo("https://evil.example")))
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
