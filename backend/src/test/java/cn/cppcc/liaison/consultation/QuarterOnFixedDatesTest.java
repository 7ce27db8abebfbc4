package cn.cppcc.liaison.consultation;

import static cn.cppcc.liaison.consultation.ConsultationResourceTest.CONSULTATIONS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import cn.cppcc.liaison.kernel.OfficeClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * 一季一协商 judged on the office's own dates: the current quarter is due until its last day has passed,
 * New Year's Eve still belongs to the fourth quarter, and a leap day to the first.
 */
@QuarkusTest
class QuarterOnFixedDatesTest {

    @Inject
    OfficeClock clock;

    private ValidatableResponse compliance(ConsultationResourceTest.Place place, int year) {
        return given().queryParam("year", year).queryParam("committeeId", place.committee)
                .when().get(CONSULTATIONS + "/compliance").then().statusCode(200);
    }

    @Test
    void onAQuartersLastDayTheQuarterIsStillDueAndTheNextDayItIsMissed() {
        clock.setToday(LocalDate.of(2026, 3, 31));
        ConsultationResourceTest.Place place = new ConsultationResourceTest.Place();
        compliance(place, 2026).body("dueNow", equalTo(1)).body("gaps", equalTo(0))
                .body("items[0].quarters.state", contains("DUE", "UPCOMING", "UPCOMING", "UPCOMING"));
        clock.setToday(LocalDate.of(2026, 4, 1));
        compliance(place, 2026).body("dueNow", equalTo(1)).body("gaps", equalTo(1))
                .body("items[0].quarters.state", contains("MISSED", "DUE", "UPCOMING", "UPCOMING"));
    }

    @Test
    void aConsultationHeldOnTheLastDayCountsForTheQuarterThatEnds() {
        clock.setToday(LocalDate.of(2026, 6, 30));
        ConsultationResourceTest.Place place = new ConsultationResourceTest.Place();
        place.consultation(LocalDate.of(2026, 6, 30));
        clock.setToday(LocalDate.of(2026, 7, 1));
        compliance(place, 2026).body("items[0].quarters.state", contains("MISSED", "HELD", "DUE", "UPCOMING"))
                .body("gaps", equalTo(1)).body("dueNow", equalTo(1));
    }

    @Test
    void onNewYearsEveTheFourthQuarterIsDueAndOnNewYearsDayTheYearIsClosed() {
        clock.setToday(LocalDate.of(2026, 12, 31));
        ConsultationResourceTest.Place place = new ConsultationResourceTest.Place();
        place.consultation(LocalDate.of(2026, 2, 1));
        compliance(place, 2026).body("items[0].quarters.state", contains("HELD", "MISSED", "MISSED", "DUE"))
                .body("dueNow", equalTo(1));
        compliance(place, 2027).body("items[0].quarters.state",
                contains("UPCOMING", "UPCOMING", "UPCOMING", "UPCOMING")).body("gaps", equalTo(0));
        clock.setToday(LocalDate.of(2027, 1, 1));
        compliance(place, 2026).body("items[0].quarters.state", contains("HELD", "MISSED", "MISSED", "MISSED"))
                .body("gaps", equalTo(3)).body("dueNow", equalTo(0));
        compliance(place, 2027).body("items[0].quarters.state", contains("DUE", "UPCOMING", "UPCOMING", "UPCOMING"));
    }

    @Test
    void aLeapDayBelongsToTheFirstQuarterAndMayBeRecordedOnItself() {
        clock.setToday(LocalDate.of(2028, 2, 29));
        ConsultationResourceTest.Place place = new ConsultationResourceTest.Place();
        place.consultation(LocalDate.of(2028, 2, 29));
        compliance(place, 2028).body("items[0].quarters.state", contains("HELD", "UPCOMING", "UPCOMING", "UPCOMING"))
                .body("dueNow", equalTo(0));
        // The next day is still in the quarter; a consultation dated after today is refused.
        given().contentType("application/json").body(place.fields(LocalDate.of(2028, 3, 1)))
                .when().post(CONSULTATIONS).then().statusCode(400);
    }
}
