package cn.cppcc.liaison.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 挂牌委员 of a year's months, counted for every month at once, is each month's member list with
 * {@code idleFrom}–{@code idleTo}: a member out of office for a whole month is not counted in it, even with work
 * dated in it (a visit recorded after they came back), and so does not make the month's idle one fewer.
 */
@QuarkusTest
class IdleByMonthTest {

    @Inject
    OfficeClock clock;

    @Test
    void aMemberOutOfOfficeWithWorkInAMonthLeavesItsIdleAsTheListGivesThem() {
        on("2026-01-05");
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        long township = Fixtures.township(committee);
        long suspended = Fixtures.member(committee, sector);
        Fixtures.member(committee, sector); // in office all along with no work: idle every month
        long working = Fixtures.member(committee, sector);
        on("2026-04-15");
        Fixtures.changeStatus(suspended, Map.of("status", "SUSPENDED", "reason", "因病暂停履职"));
        on("2026-06-25");
        Fixtures.changeStatus(suspended, Map.of("status", "ACTIVE", "date", "2026-06-20"));
        // Recorded once the member is back: a visit of 5月10日 with the member out of office all May.
        Map<String, Object> visit = Fixtures.visitFields(committee, township, suspended, working);
        visit.put("date", "2026-05-10");
        Fixtures.create("/api/v1/visits", visit);
        on("2026-06-30");

        List<Map<String, Object>> rows = given().queryParams("committeeId", committee, "from", "2026-04-01", "to",
                "2026-06-30", "by", "MONTH").when().get("/api/v1/reports/breakdown").then().statusCode(200)
                .extract().jsonPath().getList("rows");
        long[] expected = {3, 1, 3};
        for (int i = 0; i < rows.size(); i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> figure = ((List<Map<String, Object>>) rows.get(i).get("figures")).stream()
                    .filter(f -> "INACTIVE_MEMBERS".equals(f.get("key"))).findFirst().orElseThrow();
            assertEquals(expected[i], ((Number) figure.get("value")).longValue(), "month " + (i + 4));
            DrillDowns.check(figure, 0, () -> given());
        }
        assertEquals(3, rows.size());
    }

    private void on(String day) {
        clock.setToday(LocalDate.parse(day));
    }
}
