package cn.cppcc.liaison.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.support.Auth;
import cn.cppcc.liaison.support.CleanDatabase;
import cn.cppcc.liaison.support.KeepsDatabase;
import cn.cppcc.liaison.support.Pages;
import io.quarkus.test.junit.QuarkusTest;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The demo committees load as the seed articles describe them; tests never load them otherwise. The demo is drawn
 * relative to the office's date, so each test fixes it. The tests only read, so those of one date share a load, and
 * they run in the order that needs fewest (9, not 19); each still holds in any order. {@link DemoResolutionsTest}
 * plans the outcomes resolving opinions on every day of three years.
 */
@QuarkusTest
@KeepsDatabase
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoDataTest {

    /** A quarter's third month, when half the platforms have met this quarter and the last one is long over. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Inject
    DemoData demo;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OfficeClock clock;

    /** The office date the database holds the demo for, or null: the tests only read, so they share a load. */
    private static LocalDate loadedOn;

    /** When the shared load ended: a test reading it starts its clock there, after every record it wrote. */
    private static Instant loadedAt;

    @BeforeAll
    static void nothingLoadedYet() {
        loadedOn = null;
    }

    /** The demo as loaded on {@link #TODAY}, the office's date then. */
    private boolean load() {
        return load(TODAY);
    }

    /** The demo as loaded on {@code day}, the office's date then: loaded afresh unless the database holds it. */
    private boolean load(LocalDate day) {
        if (day.equals(loadedOn)) {
            clock.runFrom(loadedAt);
            return true;
        }
        loadedOn = null;
        CleanDatabase.empty();
        clock.setToday(day);
        assertTrue(demo.load());
        loadedOn = day;
        loadedAt = clock.now();
        return true;
    }

    /** The office's "now" in SQL, for what must have happened by then. */
    private String now() {
        return "timestamptz '" + clock.now() + "'";
    }

    @Order(1)
    @Test
    void tieliHas185MembersInSevenGroupsEachWithAConvenorAndPlatformsPerTownship() {
        assertTrue(load());
        long tieli = given().queryParam("q", "铁力市第九届").when().get("/api/v1/committees")
                .then().statusCode(200).body("total", equalTo(1)).extract().jsonPath().getLong("items[0].id");

        given().queryParam("committeeId", tieli).queryParam("size", 1).when().get("/api/v1/members")
                .then().body("total", equalTo(185));
        given().queryParam("committeeId", tieli).when().get("/api/v1/groups")
                .then().body("total", equalTo(7))
                .body("items.convenorName", everyItem(notNullValue()))
                .body("items.memberCount", everyItem(greaterThan(20)));
        long townships = given().queryParam("committeeId", tieli).when().get("/api/v1/townships")
                .then().extract().jsonPath().getLong("total");
        given().queryParam("committeeId", tieli).when().get("/api/v1/platforms")
                .then().body("total", equalTo((int) townships));
        given().queryParam("committeeId", tieli).queryParam("status", "REMOVED").when().get("/api/v1/members")
                .then().body("total", greaterThan(0));
        given().queryParam("q", "岳塘区").when().get("/api/v1/committees").then().body("total", equalTo(1));
    }

    @Order(9)
    @ParameterizedTest
    @ValueSource(strings = {"2026-01-05", "2026-12-04"})
    void lastYearIsClosedWithItsPublishedTableAndAwardsAndThisYearIsComputed(String day) {
        LocalDate today = LocalDate.parse(day);
        assertTrue(load(today));
        int last = today.getYear() - 1;
        for (String name : List.of("铁力市第九届", "岳塘区第五届")) {
            long committee = committee(name);
            given().queryParam("committeeId", committee).when().get("/api/v1/evaluations/" + last)
                    .then().statusCode(200).body("status", equalTo("CLOSED")).body("sha256", notNullValue())
                    .body("members", greaterThan(170)).body("noWork", greaterThanOrEqualTo(3))
                    .body("ratings.EXCELLENT", greaterThan(0)).body("ratings.COMPETENT", greaterThan(0));
            given().queryParam("committeeId", committee).when().get("/api/v1/evaluations/" + last + "/inactive")
                    .then().statusCode(200).body("reasons.flatten()", hasItems("NO_WORK", "BELOW_MINIMUM"));
            given().queryParam("committeeId", committee).queryParam("year", last).when().get("/api/v1/awards")
                    .then().statusCode(200).body("total", equalTo(3));
            given().queryParam("committeeId", committee).when().get("/api/v1/evaluations/" + today.getYear())
                    .then().statusCode(200).body("status", equalTo("OPEN"));
            given().queryParam("committeeId", committee).when().get("/api/v1/evaluation-rules/" + today.getYear())
                    .then().statusCode(200).body("origin", equalTo("PREVIOUS_YEAR"));
            // Early in January the year has no objections yet; by December the demo member has three, one open.
            boolean december = today.getMonthValue() == 12;
            given().queryParam("committeeId", committee).queryParam("year", today.getYear())
                    .when().get("/api/v1/evaluation-objections").then().statusCode(200)
                    .body("total", equalTo(december ? 3 : 0))
                    .body("items.status", equalTo(december ? List.of("OPEN", "REJECTED", "UPHELD") : List.of()));
            given().queryParam("committeeId", committee).queryParam("year", today.getYear())
                    .when().get("/api/v1/evaluation-adjustments").then().statusCode(200)
                    .body("total", equalTo(december ? 2 : 0));
        }
        given().queryParam("committeeId", committee("岳塘区第五届")).when().get("/api/v1/evaluation-rules/" + last)
                .then().body("origin", equalTo("YUETANG")).body("proposalLeadShare", equalTo(50));
    }

    @Order(2)
    @Test
    void demoAccountsOfEveryRoleSignInWithTheDocumentedPassword() {
        assertTrue(load());
        for (String username : List.of("admin", "tieli-office", "tieli-convenor", "tieli-liaison", "tieli-member",
                "tieli-reporter", "yuetang-office", "yuetang-convenor", "yuetang-member", "yichun-office",
                "xiangtan-office")) {
            Auth.as(Auth.signIn(username, DemoAccounts.PASSWORD)).when().get("/api/v1/auth/me")
                    .then().statusCode(200).body("name", equalTo(username));
        }
        String office = Auth.signIn("tieli-office", DemoAccounts.PASSWORD);
        Auth.as(office).when().get("/api/v1/committees").then().body("total", equalTo(1))
                .body("items[0].region", equalTo("铁力市"));
        String convenor = Auth.signIn("tieli-convenor", DemoAccounts.PASSWORD);
        Auth.as(convenor).when().get("/api/v1/auth/me").then().body("role", equalTo("CONVENOR"))
                .body("groupId", notNullValue()).body("memberId", notNullValue());
    }

    @Order(3)
    @Test
    void theStudiosAndVisitsAddUpToWhatTheArticlesReport() throws SQLException {
        assertTrue(load());
        long yuetang = committee("岳塘区");
        long tieli = committee("铁力市第九届");
        LocalDate today = clock.today();
        given().queryParam("committeeId", yuetang).when().get("/api/v1/studios")
                .then().body("total", equalTo(12))
                .body("items.mode", hasItems("ONLINE", "OFFLINE", "BOTH"))
                .body("items.residents", everyItem(not(empty())));
        given().queryParam("committeeId", tieli).queryParam("q", "工农乡委员工作室").when().get("/api/v1/studios")
                .then().body("total", equalTo(1));
        given().queryParam("size", 1).when().get("/api/v1/visits")
                .then().body("items[0].date", lessThan(today.toString()));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from visit a join visit_member am on am.visit_id = a.id"
                        + " join visit_member bm on bm.member_id = am.member_id and bm.visit_id > a.id"
                        + " join visit b on b.id = bm.visit_id and b.visit_date = a.visit_date"
                        + " and b.start_time < a.end_time and a.start_time < b.end_time")) {
            rs.next();
            assertEquals(0, rs.getLong(1), "no member is at two overlapping visits");
        }
    }

    /**
     * 岳塘区's last full calendar quarter is the article's, read in one call of the quarterly report on any office date
     * (late in a quarter, on a quarter's first day, in January with the quarter in the closed year): its 12 studios
     * received 320-odd people, about 85 opinions collected and 36 solved, 30-odd household member-visits, three research
     * reports, a consultation at each platform but one or two; the paragraph quotes them as the article does.
     */
    @Order(8)
    @ParameterizedTest
    @ValueSource(strings = {"2026-10-01", "2026-12-07", "2026-01-05"})
    void yuetangsLastFullQuarterHasTheArticlesFiguresInOneReport(String day) {
        LocalDate today = LocalDate.parse(day);
        assertTrue(load(today));
        LocalDate quarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).minusMonths(3);
        int number = quarter.getMonthValue() / 3 + 1;
        long yuetang = committee("岳塘区");
        var report = given().queryParams("committeeId", yuetang, "year", quarter.getYear(), "quarter", number)
                .when().get("/api/v1/reports/summary").then().statusCode(200)
                .body("period.from", equalTo(quarter.toString())).extract().jsonPath();
        Map<String, Long> figures = new HashMap<>();
        for (Map<String, Object> figure : report.<Map<String, Object>>getList("figures")) {
            figures.put((String) figure.get("key"), ((Number) figure.get("value")).longValue());
        }
        String text = report.getString("text");
        String what = day + ": " + text + " " + figures;
        assertEquals(12, figures.get("ACTIVE_STUDIOS"), what);
        long received = figures.get("STUDIO_PEOPLE_RECEIVED");
        long collected = figures.get("OPINIONS_COLLECTED");
        long solved = figures.get("OPINIONS_SOLVED");
        long household = figures.get("HOUSEHOLD_MEMBER_VISITS");
        assertTrue(received >= 320 && received <= 335, "工作室接待群众 320多人次 " + what);
        assertTrue(collected >= 80 && collected <= 90, "收集社情民意 85条 " + what);
        assertTrue(solved >= 33 && solved <= 39, "推动解决 36个 " + what);
        assertTrue(household >= 30 && household <= 39, "委员走访群众 30多人次 " + what);
        assertEquals(3, figures.get("RESEARCH_REPORTS"), "调研报告 3篇 " + what);
        long platforms = Pages.total("/api/v1/platforms", Map.of("committeeId", yuetang));
        long gaps = figures.get("CONSULTATION_GAPS");
        assertTrue(gaps >= 1 && gaps <= 2, "一季一协商: one or two platforms missed " + what);
        assertTrue(figures.get("CONSULTATIONS") >= platforms - gaps, "a consultation at every other platform " + what);
        assertTrue(figures.get("PROPOSALS_FILED") + figures.get("ACTIVITIES") + figures.get("DUTY_DONE") > 0, what);
        assertTrue(text.startsWith(report.getString("period.label") + "，岳塘区政协 12 个委员工作室接待群众 " + received
                + " 人次，委员走访群众 " + household + " 人次，"), text);
        for (String quoted : List.of("收集社情民意 " + collected + " 条，推动解决 " + solved + " 个；",
                "开展基层协商 " + figures.get("CONSULTATIONS") + " 场（次）", "撰写调研报告 3 篇。")) {
            assertTrue(text.contains(quoted), quoted + " in " + text);
        }
    }

    private static long committee(String q) {
        return given().queryParam("q", q).when().get("/api/v1/committees")
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id");
    }

    @Order(4)
    @Test
    void everyDemoPlatformHasLastAndThisYearsDutyRosterWithPastMonthsRecorded() {
        assertTrue(load());
        int year = clock.year();
        long platforms = given().queryParam("size", 1).when().get("/api/v1/platforms")
                .then().extract().jsonPath().getLong("total");
        for (int y : List.of(year - 1, year)) {
            given().queryParams("year", y, "size", 1).when().get("/api/v1/duty-turns")
                    .then().body("total", equalTo((int) platforms * 12));
            given().queryParams("year", y, "status", "DONE", "size", 1).when().get("/api/v1/duty-turns")
                    .then().body("total", greaterThan(0));
        }
        // The office still has one of last month's turns per committee to follow up, once last month is this year's.
        given().queryParams("overdue", true, "size", 1).when().get("/api/v1/duty-turns")
                .then().body("total", equalTo(clock.month().getMonthValue() > 1 ? 2 : 0));
    }

    @Order(5)
    @Test
    void eachDemoCommitteeHasAYearOfOpinionsAlongTheWholeLifecycle() throws SQLException {
        assertTrue(load());
        for (String region : List.of("铁力市第九届", "岳塘区")) {
            long committee = committee(region);
            var summary = given().queryParam("committeeId", committee).when().get("/api/v1/opinions/summary")
                    .then().statusCode(200)
                    .body("collected", greaterThanOrEqualTo(60))
                    .body("solved", greaterThan(0))
                    .body("awaitingConfirmation", greaterThan(0))
                    .body("overdue", greaterThan(0))
                    .body("forwarded", greaterThan(0))
                    .body("adopted", greaterThan(0))
                    .body("byCategory.size()", greaterThanOrEqualTo(6))
                    .extract().jsonPath();
            assertTrue(summary.getMap("byStatus").size() >= 6, region + " has opinions in several statuses");
            for (String status : List.of("REJECTED", "IN_PROGRESS", "RESOLVED", "CLOSED")) {
                assertTrue(summary.getLong("byStatus." + status) > 0, region + " has opinions " + status);
            }
            // Some still with the member or the office, and duplicates merged away.
            given().queryParam("committeeId", committee).queryParam("status", "DRAFT", "SUBMITTED", "ACCEPTED")
                    .queryParam("size", 1).when().get("/api/v1/opinions").then().body("total", greaterThan(0));
            given().queryParams("committeeId", committee, "status", "MERGED", "size", 1).when().get("/api/v1/opinions")
                    .then().body("total", greaterThan(0));
            given().queryParams("committeeId", committee, "status", "CLOSED", "size", 100).when().get("/api/v1/opinions")
                    .then().body("items.feedback", hasItems("SATISFIED", "BASICALLY_SATISFIED"));
            var fromVisit = given().queryParams("committeeId", committee, "source", "VISIT", "size", 1)
                    .when().get("/api/v1/opinions").then().body("total", greaterThan(0))
                    .extract().jsonPath();
            long visitId = fromVisit.getLong("items[0].visitId");
            given().queryParam("visitId", visitId).when().get("/api/v1/opinions")
                    .then().body("total", greaterThan(0)).body("items.visitId", everyItem(equalTo((int) visitId)));
            given().queryParams("committeeId", committee, "source", "STUDIO", "size", 1).when().get("/api/v1/opinions")
                    .then().body("total", greaterThan(0));
        }
        // The city committee's office sees what was forwarded to it, some of it adopted with an instruction.
        String city = Auth.signIn("yichun-office", DemoAccounts.PASSWORD);
        Auth.as(city).queryParam("size", 100).when().get("/api/v1/opinions").then().statusCode(200)
                .body("total", greaterThan(0))
                .body("items.forwarding.committeeName", everyItem(equalTo("政协伊春市委员会")))
                .body("items.forwarding.adopted", hasItems(true));
        LocalDate today = clock.today();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select"
                        + " count(*) filter (where collected_on > date '" + today + "' or collected_on < date '"
                        + LocalDate.of(today.getYear() - 1, 1, 1) + "'),"
                        + " count(*) filter (where resolved_on < collected_on or resolved_on > date '" + today + "'),"
                        + " count(*) filter (where due_date < collected_on),"
                        + " count(*) filter (where created_at > " + now() + " or updated_at < created_at),"
                        + " (select count(*) from opinion_transition t where t.at > " + now()
                        + "   or exists (select 1 from opinion_transition p where p.opinion_id = t.opinion_id"
                        + "   and p.id < t.id and p.at > t.at)),"
                        + " (select count(*) from opinion_transition where action = 'REOPEN'),"
                        + " (select count(*) from opinion o join opinion_member om on om.opinion_id = o.id"
                        + "   join visit_member vm on vm.visit_id = o.visit_id and vm.member_id = om.member_id),"
                        + " (select count(*) from personal_data_read where actor = 'system')"
                        + " from opinion")) {
            rs.next();
            assertEquals(0, rs.getLong(1), "every opinion was collected since the first of last year");
            assertEquals(0, rs.getLong(2), "resolved between collection and today");
            assertEquals(0, rs.getLong(3), "due after collection");
            assertEquals(0, rs.getLong(4), "recorded in the past");
            assertEquals(0, rs.getLong(5), "each history runs forward and ends by now");
            assertTrue(rs.getLong(6) > 0, "some opinions were reopened");
            assertTrue(rs.getLong(7) > 0, "opinions from visits are submitted by members present");
            assertEquals(0, rs.getLong(8), "loading the demo shows nobody's personal data");
        }
    }

    /** Also on a quarter's first day, when the outcomes resolving opinions fall in the quarter just over. */
    @Order(7)
    @ParameterizedTest
    @ValueSource(strings = {"2026-12-04", "2026-10-01"})
    void eachDemoCommitteeHeldConsultationsWithGapsAndOutcomesImplementedOverdueAndDropped(String day)
            throws SQLException {
        assertTrue(load(LocalDate.parse(day)));
        LocalDate today = clock.today();
        // The last quarter that has ended: its year has past quarters, held at most platforms and missed at some.
        int year = today.minusMonths(3).getYear();
        for (String region : List.of("铁力市第九届", "岳塘区")) {
            long committee = committee(region);
            var compliance = given().queryParams("committeeId", committee, "year", year, "size", 100)
                    .when().get("/api/v1/consultations/compliance").then().statusCode(200)
                    .body("gaps", greaterThan(0))
                    .extract().jsonPath();
            List<String> states = compliance.getList("items.quarters.flatten().state");
            assertTrue(states.contains("HELD"), region + " held consultations in " + year);
            assertTrue(states.contains("MISSED"), region + " missed some quarters in " + year);
            var held = given().queryParams("committeeId", committee, "size", 100).when().get("/api/v1/consultations")
                    .then().statusCode(200).body("total", greaterThan(20))
                    .body("items.guests.flatten().kind", hasItems("VILLAGE_REP", "GRID_WORKER", "OFFICIAL"))
                    .body("items.attendance.present", everyItem(greaterThan(0)))
                    .extract().jsonPath();
            assertTrue(held.getList("items.opinions.flatten()").size() > 0, region + " took up some opinions");
            for (String status : List.of("IMPLEMENTED", "IN_PROGRESS", "AGREED", "DROPPED")) {
                given().queryParams("committeeId", committee, "status", status, "size", 1).when().get("/api/v1/outcomes")
                        .then().body("total", greaterThan(0));
            }
            given().queryParams("committeeId", committee, "overdue", true, "size", 100).when().get("/api/v1/outcomes")
                    .then().body("total", greaterThan(0)).body("items.overdue", everyItem(equalTo(true)));
            given().queryParams("committeeId", committee, "status", "IMPLEMENTED", "size", 100)
                    .when().get("/api/v1/outcomes").then()
                    .body("items.evidence", everyItem(notNullValue()))
                    .body("items.implementedOn", everyItem(lessThan(today.toString())))
                    .body("items.opinions.flatten().status", everyItem(equalTo("RESOLVED")))
                    .body("items.opinions.flatten()", not(empty()));
        }
        long tieli = committee("铁力市第九届");
        given().queryParams("committeeId", tieli, "q", "抗联食堂", "status", "IMPLEMENTED").when().get("/api/v1/outcomes")
                .then().body("total", equalTo(1)).body("items[0].evidence", equalTo("2月28日 抗联食堂正式对外开放"));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select"
                        + " (select count(*) from consultation where held_on >= date '" + today + "'),"
                        + " (select count(*) from outcome o join consultation c on c.id = o.consultation_id"
                        + "   where o.implemented_on < c.held_on or o.created_at > " + now() + "),"
                        + " (select count(*) from outcome_opinion oo join outcome o on o.id = oo.outcome_id"
                        + "   join opinion p on p.id = oo.opinion_id"
                        + "   where o.status = 'IMPLEMENTED' and p.resolved_on is distinct from o.implemented_on)")) {
            rs.next();
            assertEquals(0, rs.getLong(1), "every consultation was held before today");
            assertEquals(0, rs.getLong(2), "outcomes implemented after their consultation, recorded in the past");
            assertEquals(0, rs.getLong(3), "the opinions an implemented outcome answers were resolved on its day");
        }
    }

    @Order(6)
    @Test
    void bothCommitteesHaveProposalsInEveryStateAndActivitiesThatReachedPeople() {
        assertTrue(load());
        for (String q : new String[] {"铁力市第九届", "岳塘区"}) {
            long committee = committee(q);
            given().queryParams("committeeId", committee, "size", 1).when().get("/api/v1/proposals")
                    .then().statusCode(200).body("total", greaterThan(5));
            for (String status : new String[] {"FILED", "ACCEPTED", "ANSWERED", "CLOSED"}) {
                given().queryParams("committeeId", committee, "status", status, "size", 1).when().get("/api/v1/proposals")
                        .then().body("total", greaterThan(0));
            }
            given().queryParams("committeeId", committee, "size", 1).when().get("/api/v1/activities")
                    .then().statusCode(200).body("total", greaterThan(4)).body("peopleReached", greaterThan(100));
        }
    }

    /**
     * The member's record and the annual evaluation need a closed year and an open one: last year whole, this year to
     * date, on any office date, January's few days included.
     */
    @Order(11)
    @ParameterizedTest
    @ValueSource(strings = {"2026-01-05", "2026-06-30", "2026-12-04"})
    void eachCommitteeHoldsLastYearWholeAndThisYearToDate(String day) {
        assertTrue(load(LocalDate.parse(day)));
        LocalDate today = clock.today();
        int lastYear = today.getYear() - 1;
        for (String region : List.of("铁力市第九届", "岳塘区")) {
            long committee = committee(region);
            long platforms = Pages.total("/api/v1/platforms", Map.of("committeeId", committee));
            for (int year : List.of(lastYear, today.getYear())) {
                LocalDate from = LocalDate.of(year, 1, 1);
                LocalDate to = year == lastYear ? LocalDate.of(year, 12, 31) : today;
                String what = region + " " + year + " ";
                // A closed year at the pace of the articles; of this one, at least something of each.
                int least = year == lastYear ? 1 : 0;
                var visits = given().queryParams("committeeId", committee, "from", from.toString(), "to", to.toString(),
                        "size", 1).when().get("/api/v1/visits").then().statusCode(200).extract().jsonPath();
                assertTrue(visits.getLong("total") > 100 * least, what + "visits");
                assertTrue(visits.getLong("peopleReceived") > 500 * least, what + "people received");
                assertTrue(visits.getLong("membersPresent") > 0, what + "members present");
                for (String figure : List.of("DONE", "MISSED")) {
                    assertTrue(count("/api/v1/duty-turns", committee, from, to, figure) > 0, what + "duty turns " + figure);
                }
                for (String figure : List.of("COLLECTED", "ACCEPTED", "SOLVED")) {
                    assertTrue(count("/api/v1/opinions", committee, from, to, figure) > 40 * least,
                            what + "opinions " + figure);
                }
                assertTrue(count("/api/v1/proposals", committee, from, to, "FILED") > 10 * least, what + "proposals");
                assertTrue(count("/api/v1/activities", committee, from, to, null) > 6 * least, what + "activities");
                // 一季一协商: every quarter that has begun, at most platforms in the closed year.
                for (LocalDate quarter = from; quarter.isBefore(today) && quarter.getYear() == year;
                        quarter = quarter.plusMonths(3)) {
                    LocalDate end = quarter.plusMonths(3).minusDays(1);
                    assertTrue(count("/api/v1/consultations", committee, quarter, end, null) > platforms / 2 * least,
                            what + "consultations of the quarter from " + quarter);
                }
            }
            // Last year is closed: every platform's every month recorded, done or missed; some opinions went upstream.
            LocalDate from = LocalDate.of(lastYear, 1, 1);
            LocalDate to = LocalDate.of(lastYear, 12, 31);
            assertEquals(platforms * 12, count("/api/v1/duty-turns", committee, from, to, "DONE")
                    + count("/api/v1/duty-turns", committee, from, to, "MISSED"), region + " " + lastYear + " recorded");
            assertEquals(0, count("/api/v1/duty-turns", committee, from, to, "UNRECORDED"), region + " unrecorded");
            for (String figure : List.of("FORWARDED", "ADOPTED", "RESOLVED")) {
                assertTrue(count("/api/v1/opinions", committee, from, to, figure) > 0, region + " " + figure);
            }
        }
    }

    /** A figure's total (or the list's, with none) for the committee over the days from {@code from} to {@code to}. */
    private static long count(String path, long committee, LocalDate from, LocalDate to, String figure) {
        Map<String, Object> query = new HashMap<>(Map.of("committeeId", committee, "from", from.toString(),
                "to", to.toString(), "size", 1));
        if (figure != null) {
            query.put("figure", figure);
        }
        return Pages.total(path, query);
    }

    /**
     * What the evaluation must find: a few members in office did nothing at all last year (挂牌委员) nor this year, though
     * invited to consultations they never attended; about ten did very little (a visit at most, no opinion, no duty turn
     * done); two joined last summer and worked only since; everyone else did something.
     */
    @Order(10)
    @ParameterizedTest
    @ValueSource(strings = {"2026-12-04", "2026-01-05"})
    void aFewMembersDidNothingAboutTenVeryLittleAndThoseWhoJoinedLastSummerOnlySince(String day)
            throws SQLException {
        assertTrue(load(LocalDate.parse(day)));
        LocalDate today = clock.today();
        LocalDate from = LocalDate.of(today.getYear() - 1, 1, 1);
        LocalDate to = LocalDate.of(today.getYear() - 1, 12, 31);
        for (String region : List.of("铁力市第九届", "岳塘区")) {
            long committee = committee(region);
            Map<Long, Work> lastYear = workOfActiveMembers(committee, from, to);
            Map<Long, Work> thisYear = workOfActiveMembers(committee, to.plusDays(1), today);
            List<Long> idle = lastYear.entrySet().stream().filter(e -> e.getValue().all() == 0).map(Map.Entry::getKey)
                    .toList();
            assertTrue(idle.size() >= 3 && idle.size() <= 6, region + " 挂牌委员: " + idle);
            idle.forEach(member -> assertEquals(0, thisYear.get(member).all(), region + " member " + member + " this year"));
            // Below 三个一 on all three counts: at most one visit, no opinion, no duty turn done, yet not idle.
            long little = lastYear.values().stream()
                    .filter(w -> w.all() > 0 && w.visits() <= 1 && w.opinions() == 0 && w.dutyDone() == 0).count();
            assertTrue(little >= 8 && little <= 16, region + " members doing very little: " + little);
            boolean invited = false;
            for (long member : idle) {
                Map<String, Object> query = Map.of("memberId", member, "from", from.toString(), "to", to.toString());
                assertEquals(0, Pages.total("/api/v1/visits", query), "visits of " + member);
                assertEquals(0, Pages.total("/api/v1/activities", query), "activities of " + member);
                for (String path : List.of("/api/v1/duty-turns?figure=DONE", "/api/v1/opinions?figure=COLLECTED",
                        "/api/v1/proposals?figure=FILED")) {
                    assertEquals(0, Pages.total(path, query), path + " of " + member);
                }
                for (Map<String, Object> consultation : Pages.all("/api/v1/consultations", query)) {
                    invited = true;
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> members = (List<Map<String, Object>>) consultation.get("members");
                    members.stream().filter(m -> ((Number) m.get("id")).longValue() == member)
                            .forEach(m -> assertNotEquals("PRESENT", m.get("attendance"), "member " + member));
                }
            }
            assertTrue(invited, region + "'s 挂牌委员 were invited to consultations");
            given().queryParams("committeeId", committee, "status", "SUSPENDED").when().get("/api/v1/members")
                    .then().body("total", greaterThan(0));
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*), count(*) filter (where exists (select 1 from ("
                        + WORK + ") w where w.member_id = m.id and w.day < m.term_start)),"
                        + " count(*) filter (where exists (select 1 from (" + WORK + ") w where w.member_id = m.id))"
                        + " from member m join committee c on c.id = m.committee_id where m.term_start > c.term_start"
                        + " and m.term_start between date '" + from.withMonth(6) + "' and date '" + to.withMonth(9)
                        .withDayOfMonth(30) + "'")) {
            rs.next();
            assertEquals(4, rs.getLong(1), "two members of each committee joined last summer");
            assertEquals(0, rs.getLong(2), "none of them worked before joining");
            assertEquals(4, rs.getLong(3), "all of them worked since");
        }
    }

    /**
     * Each member's work as the record counts it: present at a visit, a duty turn done, an opinion submitted, present
     * at a consultation, a proposal led or co-signed, an activity.
     */
    private static final String WORK = "select vm.member_id, v.visit_date as day, 'VISIT' as kind from visit v"
            + " join visit_member vm on vm.visit_id = v.id"
            + " union all select member_id, month, 'DUTY' from duty_turn where status = 'DONE'"
            + " union all select om.member_id, o.collected_on, 'OPINION' from opinion o"
            + "   join opinion_member om on om.opinion_id = o.id where o.status <> 'DRAFT'"
            + " union all select cm.member_id, c.held_on, 'CONSULTATION' from consultation c"
            + "   join consultation_member cm on cm.consultation_id = c.id where cm.attendance = 'PRESENT'"
            + " union all select lead_member_id, filed_on, 'PROPOSAL' from proposal"
            + " union all select pm.member_id, p.filed_on, 'PROPOSAL' from proposal p"
            + "   join proposal_member pm on pm.proposal_id = p.id"
            + " union all select am.member_id, a.activity_date, 'ACTIVITY' from activity a"
            + "   join activity_member am on am.activity_id = a.id";

    /** A member's pieces of work in a period: all of them, and the three of 三个一. */
    private record Work(long all, long visits, long opinions, long dutyDone) {
    }

    /** What each active member of the committee did between the two days. */
    private Map<Long, Work> workOfActiveMembers(long committee, LocalDate from, LocalDate to) throws SQLException {
        Map<Long, Work> work = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select m.id, count(w.member_id),"
                        + " count(*) filter (where w.kind = 'VISIT'), count(*) filter (where w.kind = 'OPINION'),"
                        + " count(*) filter (where w.kind = 'DUTY') from member m left join (" + WORK + ") w"
                        + " on w.member_id = m.id and w.day between date '" + from + "' and date '" + to + "'"
                        + " where m.committee_id = " + committee + " and m.status = 'ACTIVE' group by m.id")) {
            while (rs.next()) {
                work.put(rs.getLong(1), new Work(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
            }
        }
        return work;
    }

    @Order(12)
    @Test
    void loadingTwiceChangesNothing() {
        loadedOn = null;
        assertTrue(load());
        assertFalse(demo.load());
        given().queryParam("size", 1).when().get("/api/v1/members").then().body("total", equalTo(185 + 181));
    }
}
