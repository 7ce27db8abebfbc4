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

    /** A platform of a new committee, made on {@code today}, with a consultation on each of {@code held}. */
    private ConsultationResourceTest.Place placeOn(LocalDate today, LocalDate... held) {
        clock.setToday(today);
        ConsultationResourceTest.Place place = new ConsultationResourceTest.Place();
        for (LocalDate day : held) {
            place.consultation(day);
        }
        return place;
    }

    /** The platform's four quarters of {@code year} as the office sees them today. */
    private ValidatableResponse quarters(ConsultationResourceTest.Place place, int year, String... states) {
        return given().queryParam("year", year).queryParam("committeeId", place.committee)
                .when().get(CONSULTATIONS + "/compliance").then().statusCode(200)
                .body("items[0].quarters.state", contains(states));
    }

    @Test
    void onAQuartersLastDayTheQuarterIsStillDueAndTheNextDayItIsMissed() {
        ConsultationResourceTest.Place place = placeOn(LocalDate.of(2026, 3, 31));
        quarters(place, 2026, "DUE", "UPCOMING", "UPCOMING", "UPCOMING").body("dueNow", equalTo(1))
                .body("gaps", equalTo(0));
        clock.setToday(LocalDate.of(2026, 4, 1));
        quarters(place, 2026, "MISSED", "DUE", "UPCOMING", "UPCOMING").body("dueNow", equalTo(1))
                .body("gaps", equalTo(1));
    }

    @Test
    void aConsultationHeldOnTheLastDayCountsForTheQuarterThatEnds() {
        ConsultationResourceTest.Place place = placeOn(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 30));
        clock.setToday(LocalDate.of(2026, 7, 1));
        quarters(place, 2026, "MISSED", "HELD", "DUE", "UPCOMING").body("gaps", equalTo(1)).body("dueNow", equalTo(1));
    }

    @Test
    void onNewYearsEveTheFourthQuarterIsDueAndOnNewYearsDayTheYearIsClosed() {
        ConsultationResourceTest.Place place = placeOn(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 2, 1));
        quarters(place, 2026, "HELD", "MISSED", "MISSED", "DUE").body("dueNow", equalTo(1));
        quarters(place, 2027, "UPCOMING", "UPCOMING", "UPCOMING", "UPCOMING").body("gaps", equalTo(0));
        clock.setToday(LocalDate.of(2027, 1, 1));
        quarters(place, 2026, "HELD", "MISSED", "MISSED", "MISSED").body("gaps", equalTo(3)).body("dueNow", equalTo(0));
        quarters(place, 2027, "DUE", "UPCOMING", "UPCOMING", "UPCOMING");
    }

    @Test
    void aLeapDayBelongsToTheFirstQuarterAndMayBeRecordedOnItself() {
        ConsultationResourceTest.Place place = placeOn(LocalDate.of(2028, 2, 29), LocalDate.of(2028, 2, 29));
        quarters(place, 2028, "HELD", "UPCOMING", "UPCOMING", "UPCOMING").body("dueNow", equalTo(0));
        // The next day is still in the quarter; a consultation dated after today is refused.
        given().contentType("application/json").body(place.fields(LocalDate.of(2028, 3, 1)))
                .when().post(CONSULTATIONS).then().statusCode(400);
    }
}
