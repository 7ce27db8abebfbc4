package cn.cppcc.liaison.member;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.member.MemberTerms.ActiveSpan;
import cn.cppcc.liaison.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * When a member was in office (在职) in a period: within the term, less the days suspended or after removal, as
 * the status changes were recorded; the months with a day in office are what the evaluation prorates by.
 */
@QuarkusTest
class MemberTermsTest {

    private static final LocalDate YEAR_START = LocalDate.of(2026, 1, 1);
    private static final LocalDate YEAR_END = LocalDate.of(2026, 12, 31);

    @Inject
    OfficeClock clock;

    @Inject
    EntityManager em;

    @Test
    void aMemberSuspendedInAprilAndResumedInJuneWasInOfficeElevenMonths() {
        on("2026-01-05");
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        long member = Fixtures.member(committee, sector);
        long steady = Fixtures.member(committee, sector);
        on("2026-04-15");
        Fixtures.changeStatus(member, Map.of("status", "SUSPENDED", "reason", "因病暂停履职"));
        on("2026-05-20");
        // An edit that leaves the status as it was changes nothing.
        Map<String, Object> fields = Fixtures.memberFields(committee, sector);
        fields.put("jobTitle", "副局长");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(fields)
                .when().put("/api/v1/members/" + member).then().statusCode(200);
        on("2026-06-25");
        Fixtures.changeStatus(member, Map.of("status", "ACTIVE", "date", "2026-06-20"));
        on("2026-12-31");

        Map<Long, List<ActiveSpan>> spans = spans(committee, null, YEAR_START, YEAR_END);
        assertEquals(List.of(span("2026-01-01", "2026-04-14"), span("2026-06-20", "2026-12-31")), spans.get(member));
        assertEquals(11, MemberTerms.months(spans.get(member)), "May has no day in office");
        assertEquals(List.of(span("2026-01-01", "2026-12-31")), spans.get(steady));
        assertEquals(12, MemberTerms.months(spans.get(steady)));
        // A period inside the suspension has no day in office; one around it is cut in two.
        assertEquals(List.of(), spans(committee, List.of(member), LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 31)).get(member));
        assertEquals(List.of(span("2026-04-01", "2026-04-14"), span("2026-06-20", "2026-06-30")),
                spans(committee, List.of(member), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)).get(member));
    }

    @Test
    void theTermBoundsTheSpansAndARemovalEndsThem() {
        on("2026-01-05");
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        Map<String, Object> joined = Fixtures.memberFields(committee, sector);
        joined.putAll(Map.of("termStart", "2026-02-10", "termEnd", "2026-11-30"));
        long late = Fixtures.create("/api/v1/members", joined);
        long removed = Fixtures.member(committee, sector);
        long other = Fixtures.committee();
        long foreigner = Fixtures.member(other, Fixtures.sector(other));
        on("2026-03-20");
        Fixtures.changeStatus(removed, Map.of("status", "REMOVED", "reason", "因违纪撤销委员资格", "date", "2026-03-16"));

        Map<Long, List<ActiveSpan>> spans = spans(committee, List.of(late, removed, foreigner), YEAR_START, YEAR_END);
        assertEquals(List.of(late, removed), List.copyOf(spans.keySet()), "a member of another committee is not one");
        assertEquals(List.of(span("2026-02-10", "2026-11-30")), spans.get(late));
        assertEquals(10, MemberTerms.months(spans.get(late)));
        assertEquals(List.of(span("2026-01-01", "2026-03-15")), spans.get(removed));
        assertEquals(3, MemberTerms.months(spans.get(removed)));
        assertEquals(List.of(), spans(committee, List.of(removed), LocalDate.of(2026, 4, 1), YEAR_END).get(removed));
        assertEquals(Map.of(), spans(committee, List.of(), YEAR_START, YEAR_END));
    }

    @Test
    void aMemberWithoutATrailStandsAsTheirCurrentStatusSays() {
        on("2026-01-05");
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        long suspended = Fixtures.member(committee, sector);
        long active = Fixtures.member(committee, sector);
        on("2026-05-01");
        Fixtures.changeStatus(suspended, Map.of("status", "SUSPENDED", "reason", "因工作调动暂停履职"));
        // Rows written straight into the table, as a migration or a test does, leave no audit trail.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from member_aud where id in (:ids)")
                .setParameter("ids", List.of(suspended, active)).executeUpdate());

        Map<Long, List<ActiveSpan>> spans = spans(committee, null, YEAR_START, YEAR_END);
        assertEquals(List.of(span("2026-01-01", "2026-04-30")), spans.get(suspended));
        assertEquals(4, MemberTerms.months(spans.get(suspended)));
        assertEquals(List.of(span("2026-01-01", "2026-12-31")), spans.get(active));
    }

    @Test
    void aChangeRecordedWithoutADateStartsOnTheBeijingDayItWasRecorded() {
        on("2026-01-05");
        long committee = Fixtures.committee();
        long member = Fixtures.member(committee, Fixtures.sector(committee));
        on("2026-05-01");
        Fixtures.changeStatus(member, Map.of("status", "SUSPENDED", "reason", "因工作调动暂停履职"));
        // As an older trail may hold it: the change without its date, recorded at 04:00 on 5月4日 in Beijing.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update audit_revision set at = cast('2026-05-03T20:00:00Z' as timestamptz)"
                    + " where id = (select rev from member_aud where id = :id and status = 'SUSPENDED')")
                    .setParameter("id", member).executeUpdate();
            em.createNativeQuery("update member_aud set status_date = null where id = :id and status = 'SUSPENDED'")
                    .setParameter("id", member).executeUpdate();
        });

        assertEquals(List.of(span("2026-01-01", "2026-05-03")),
                spans(committee, List.of(member), YEAR_START, YEAR_END).get(member));
    }

    /**
     * A report keeps the committee's roster between requests while no member changed: a member removed, or one
     * added, is in the next report's 挂牌委员 at once.
     */
    @Test
    void aReportsKeptRosterFollowsEveryChangeOfAMember() {
        on("2026-06-10");
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        long removed = Fixtures.member(committee, sector);
        Fixtures.member(committee, sector);
        assertEquals(2, idle(committee));
        assertEquals(2, idle(committee));
        Fixtures.changeStatus(removed, Map.of("status", "REMOVED", "reason", "撤销委员资格", "date", "2025-12-31"));
        assertEquals(1, idle(committee));
        Fixtures.member(committee, sector);
        assertEquals(2, idle(committee));
    }

    /** 挂牌委员 in the year's report: members in office who did nothing. */
    private static long idle(long committee) {
        return given().queryParams("committeeId", committee, "year", 2026).when().get("/api/v1/reports/summary")
                .then().statusCode(200).extract().jsonPath()
                .getLong("figures.find { it.key == 'INACTIVE_MEMBERS' }.value");
    }

    private Map<Long, List<ActiveSpan>> spans(long committee, Collection<Long> members, LocalDate from, LocalDate to) {
        return QuarkusTransaction.requiringNew().call(() -> MemberTerms.activeSpans(committee, members, from, to));
    }

    private static ActiveSpan span(String from, String to) {
        return new ActiveSpan(LocalDate.parse(from), LocalDate.parse(to));
    }

    private void on(String day) {
        clock.setToday(LocalDate.parse(day));
    }
}
