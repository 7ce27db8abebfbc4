package cn.cppcc.liaison.kernel;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import cn.cppcc.liaison.support.Auth;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The frontend proposes and bounds dates by the office's today, which the service tells. */
@QuarkusTest
class OfficeClockResourceTest {

    @Inject
    OfficeClock clock;

    @Test
    void theServiceTellsTheOfficesTodayAndQuarter() {
        clock.setToday(LocalDate.of(2026, 3, 31));
        given().when().get("/api/v1/clock").then().statusCode(200)
                .body("today", equalTo("2026-03-31"))
                .body("now", startsWith("2026-03-3"))
                .body("zone", equalTo("Asia/Shanghai"))
                .body("quarter", equalTo(1))
                .body("shifted", equalTo(true));
        clock.reset();
        given().when().get("/api/v1/clock").then().statusCode(200).body("shifted", equalTo(false))
                .body("today", equalTo(LocalDate.now(OfficeClock.ZONE).toString()));
    }

    @Test
    void nobodySignedInIsToldNothing() {
        Auth.anonymous().when().get("/api/v1/clock").then().statusCode(401);
    }
}
