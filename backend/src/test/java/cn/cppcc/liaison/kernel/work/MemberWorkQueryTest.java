package cn.cppcc.liaison.kernel.work;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.Role;
import cn.cppcc.liaison.support.Auth;
import cn.cppcc.liaison.support.Fixtures;
import cn.cppcc.liaison.support.Pages;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A member's work, asked of every feature at once through {@link MemberWorkQuery}: each feature adds what it
 * counts for the period, dated on the day it happened, and for every member and figure as many items as its list
 * has with {@code memberId=} and {@code figure=} for the same period.
 */
@QuarkusTest
class MemberWorkQueryTest {

    private static final String Q1_FROM = "2026-01-01";
    private static final String Q1_TO = "2026-03-31";

    @Inject
    OfficeClock clock;

    @Inject
    Event<MemberWorkQuery> work;

    /** "visits/12" → "V1": the names the test gave the records. */
    private final Map<String, String> labels = new HashMap<>();
    private long committee;
    private long otherCommittee;
    private long wang;
    private long li;
    private long zhao;
    private long zhou;
    private String platformName;

    @Test
    void eachFeatureAddsItsWorkOfThePeriodDatedOnTheDayItHappened() {
        build();
        List<MemberWork> all = ask(null, Q1_FROM, Q1_TO);
        assertEquals(Set.of(wang, li, zhao), Set.copyOf(all.stream().map(MemberWork::memberId).toList()),
                "another committee's member and work are not asked about");
        assertEquals(List.of(
                "ACTIVITY_RESEARCH 2026-02-14 A1 10",
                "CONSULTATION_PRESENT 2026-03-12 C1 0 季度协商",
                "DUTY_DONE 2026-01-01 T-Jan 20",
                "OPINION_ACCEPTED 2026-01-05 O4 0",
                "OPINION_ACCEPTED 2026-01-20 O1 0",
                "OPINION_ACCEPTED 2026-02-05 O2 0",
                "OPINION_ADOPTED 2026-02-05 O1 0",
                "OPINION_FORWARDED 2026-01-20 O1 0",
                "OPINION_SOLVED 2026-02-12 O1 0",
                "OPINION_SUBMITTED 2026-01-03 O1 0",
                "OPINION_SUBMITTED 2026-02-03 O2 0",
                "PROPOSAL_ACCEPTED 2026-01-12 PR1 0 领衔+2 已立案",
                "PROPOSAL_ACCEPTED 2026-03-25 PR2 0 附议+1 已立案",
                "PROPOSAL_LED 2026-01-05 PR1 0 领衔+2 已立案",
                "VISIT 2026-01-10 V1 3 下户走访"), described(all, wang));
        assertEquals(List.of(
                "ACTIVITY_RESEARCH 2026-02-14 A1 10",
                "CONSULTATION_EXCUSED 2026-03-12 C1 0 季度协商",
                "DUTY_MISSED 2026-02-01 T-Feb 0 外出学习",
                "OPINION_ACCEPTED 2026-02-05 O2 0",
                "OPINION_SUBMITTED 2026-02-03 O2 0",
                "PROPOSAL_ACCEPTED 2026-01-12 PR1 0 附议+2 已立案",
                "PROPOSAL_ACCEPTED 2026-03-25 PR2 0 领衔+1 已立案",
                "PROPOSAL_COSIGNED 2026-01-05 PR1 0 附议+2 已立案",
                "VISIT 2026-01-10 V1 3 下户走访",
                "VISIT 2026-03-05 V3 12 视察"), described(all, li));
        // March's turn left unrecorded counts nowhere; the proposal not accepted still counts as led.
        assertEquals(List.of(
                "ACTIVITY_SCHOOL_READING 2026-03-01 A3 120",
                "CONSULTATION_ABSENT 2026-03-12 C1 0 季度协商",
                "PROPOSAL_ACCEPTED 2026-01-12 PR1 0 附议+2 已立案",
                "PROPOSAL_COSIGNED 2026-01-05 PR1 0 附议+2 已立案",
                "PROPOSAL_LED 2026-02-20 PR3 0 领衔+0 不予立案"), described(all, zhao));
        MemberWork turn = all.stream().filter(w -> w.kind() == WorkKind.DUTY_DONE).findFirst().orElseThrow();
        assertEquals("2026年1月 轮值（" + platformName + "）", turn.title());
        assertTrue(all.stream().filter(w -> w.kind() == WorkKind.VISIT).allMatch(w -> w.title().startsWith("走访")));
    }

    @Test
    void askingAboutSomeMembersAnswersTheirWorkOnly() {
        build();
        List<MemberWork> all = ask(null, Q1_FROM, Q1_TO);
        List<MemberWork> wangs = ask(List.of(wang), Q1_FROM, Q1_TO);
        assertEquals(described(all, wang), described(wangs, wang));
        assertEquals(Set.of(wang), Set.copyOf(wangs.stream().map(MemberWork::memberId).toList()));
        assertEquals(List.of(), ask(List.of(), Q1_FROM, Q1_TO));
        assertEquals(List.of(), ask(List.of(zhou), Q1_FROM, Q1_TO), "a member of another committee");
    }

    @Test
    void workOutsideThePeriodIsLeftOutAndAQuietPeriodEndingInItCountsAsSolved() {
        build();
        // December's consultation, turn, opinion collected and visit; not November's proposal nor January's work.
        List<MemberWork> december = ask(List.of(wang), "2025-12-01", "2025-12-31");
        assertEquals(List.of(
                "CONSULTATION_PRESENT 2025-12-10 C2 0 季度协商",
                "DUTY_DONE 2025-12-01 T-Dec 0",
                "OPINION_SUBMITTED 2025-12-10 O4 0",
                "VISIT 2025-12-20 V2 3 下户走访"), described(december, wang));
        // O2 was resolved on 3月10日 and heard nothing back: solved 30 days later, on 4月9日, before today.
        List<MemberWork> spring = ask(List.of(wang, li), "2026-04-01", "2026-04-30");
        assertEquals(List.of("ACTIVITY_VOLUNTEER 2026-04-02 A2 0", "OPINION_SOLVED 2026-04-09 O2 0"),
                described(spring, wang));
        assertEquals(List.of("OPINION_SOLVED 2026-04-09 O2 0"), described(spring, li));
    }

    @Test
    void everyMembersItemsOfAFigureAreAsManyAsItsListHas() {
        build();
        int nonZero = 0;
        for (long member : List.of(wang, li, zhao, zhou)) {
            for (String[] period : List.of(new String[] {Q1_FROM, Q1_TO}, new String[] {"2026-02-01", "2026-04-30"},
                    new String[] {"2025-11-01", "2026-01-31"})) {
                nonZero += assertItemsEqualLists(member, period[0], period[1]);
            }
        }
        assertTrue(nonZero > 30, "figures that are not zero: " + nonZero);
    }

    /** Each figure's items against its list's total; answers how many were not zero. */
    private int assertItemsEqualLists(long member, String from, String to) {
        List<MemberWork> items = ask(member == zhou ? otherCommittee : committee, List.of(member), from, to);
        Map<String, Object> period = Map.of("memberId", member, "from", from, "to", to);
        Map<String, Long> expected = new HashMap<>();
        expected.put("VISIT", Pages.total("/api/v1/visits", period));
        expected.put("DUTY_DONE", total("/api/v1/duty-turns", period, "DONE"));
        expected.put("DUTY_MISSED", total("/api/v1/duty-turns", period, "MISSED"));
        expected.put("OPINION_SUBMITTED", total("/api/v1/opinions", period, "COLLECTED"));
        expected.put("OPINION_ACCEPTED", total("/api/v1/opinions", period, "ACCEPTED"));
        expected.put("OPINION_FORWARDED", total("/api/v1/opinions", period, "FORWARDED"));
        expected.put("OPINION_ADOPTED", total("/api/v1/opinions", period, "ADOPTED"));
        expected.put("OPINION_SOLVED", total("/api/v1/opinions", period, "SOLVED"));
        expected.put("CONSULTATION", Pages.total("/api/v1/consultations", period));
        expected.put("PROPOSAL_FILED", total("/api/v1/proposals", period, "FILED"));
        expected.put("PROPOSAL_ACCEPTED", total("/api/v1/proposals", period, "ACCEPTED"));
        expected.put("ACTIVITY", Pages.total("/api/v1/activities", period));
        Map<String, Long> counted = new HashMap<>();
        for (String figure : expected.keySet()) {
            counted.put(figure, items.stream().filter(w -> figureOf(w.kind()).equals(figure)).count());
        }
        assertEquals(expected, counted, member + " · " + from + "/" + to);
        return (int) expected.values().stream().filter(n -> n > 0).count();
    }

    /** The list a kind of work is counted against: consultations, filed proposals and activities list all kinds. */
    private static String figureOf(WorkKind kind) {
        if (EnumSet.of(WorkKind.CONSULTATION_PRESENT, WorkKind.CONSULTATION_EXCUSED, WorkKind.CONSULTATION_ABSENT)
                .contains(kind)) {
            return "CONSULTATION";
        }
        if (kind == WorkKind.PROPOSAL_LED || kind == WorkKind.PROPOSAL_COSIGNED) {
            return "PROPOSAL_FILED";
        }
        return kind.name().startsWith("ACTIVITY_") ? "ACTIVITY" : kind.name();
    }

    private static long total(String path, Map<String, Object> period, String figure) {
        Map<String, Object> query = new HashMap<>(period);
        query.put("figure", figure);
        return Pages.total(path, query);
    }

    private List<MemberWork> ask(Collection<Long> members, String from, String to) {
        return ask(committee, members, from, to);
    }

    private List<MemberWork> ask(long committeeId, Collection<Long> members, String from, String to) {
        MemberWorkQuery query = new MemberWorkQuery(committeeId, members, LocalDate.parse(from), LocalDate.parse(to),
                clock.today());
        QuarkusTransaction.requiringNew().run(() -> work.fire(query));
        return query.items();
    }

    /** The member's items, each as "kind date record amount [领衔/附议+co-signers] [detail]", sorted. */
    private List<String> described(List<MemberWork> items, long member) {
        return items.stream().filter(w -> w.memberId() == member).map(w -> w.kind() + " " + w.date() + " "
                + labels.get(w.recordType() + "/" + w.recordId()) + " " + w.amount()
                + (w.recordType().equals("proposals") ? (w.lead() ? " 领衔+" : " 附议+") + w.coSigners() : "")
                + (w.detail() == null ? "" : " " + w.detail())).sorted().toList();
    }

    /**
     * A committee under a parent with three members, their work from November to April recorded on the days it
     * happened, and another committee whose member worked in the same quarter.
     */
    private void build() {
        on("2025-11-20");
        long parent = Fixtures.committee();
        Map<String, Object> fields = Fixtures.committeeFields();
        fields.put("parentId", parent);
        committee = Fixtures.create("/api/v1/committees", fields);
        long sector = Fixtures.sector(committee);
        long township = Fixtures.township(committee);
        long platform = Fixtures.platform(committee, township);
        platformName = given().when().get("/api/v1/platforms/" + platform).then().statusCode(200).extract()
                .jsonPath().getString("name");
        wang = Fixtures.member(committee, sector);
        li = Fixtures.member(committee, sector);
        zhao = Fixtures.member(committee, sector);
        long category = given().queryParam("committeeId", committee).when().get("/api/v1/opinion-categories")
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        otherCommittee = Fixtures.committee();
        zhou = Fixtures.member(otherCommittee, Fixtures.sector(otherCommittee));
        long otherTownship = Fixtures.township(otherCommittee);

        proposal("PR2", "2025-11-20", li, wang);
        long turnDec = turn("T-Dec", platform, wang, "2025-12");
        long turnJan = turn("T-Jan", platform, wang, "2026-01");
        long turnFeb = turn("T-Feb", platform, li, "2026-02");
        turn("T-Mar", platform, zhao, "2026-03");
        on("2025-12-10");
        consultation("C2", township, platform, "2025-12-10", Map.of(wang, "PRESENT"));
        long o4 = opinion("O4", category, township, "2025-12-10", wang);
        act(o4, Map.of("action", "SUBMIT"));
        on("2025-12-20");
        visit("V2", "HOUSEHOLD", "2025-12-20", township, 3, wang);
        record(turnDec, Map.of("outcome", "DONE"));
        on("2026-01-05");
        long pr1 = proposal("PR1", "2026-01-05", wang, li, zhao);
        long o1 = opinion("O1", category, township, "2026-01-03", wang);
        act(o1, Map.of("action", "SUBMIT"));
        act(o4, Map.of("action", "ACCEPT"));
        on("2026-01-10");
        visit("V1", "HOUSEHOLD", "2026-01-10", township, 3, wang, li);
        on("2026-01-12");
        accept(pr1, "2026-001");
        on("2026-01-20");
        act(o1, Map.of("action", "ACCEPT"));
        act(o1, Map.of("action", "ASSIGN", "assignedUnit", "测试市交通运输局", "dueDate", "2026-02-28"));
        act(o1, Map.of("action", "FORWARD"));
        on("2026-01-28");
        record(turnJan, Map.of("outcome", "DONE", "policyExplained", true, "peopleReached", 20));
        on("2026-02-03");
        long o2 = opinion("O2", category, township, "2026-02-03", wang, li);
        act(o2, Map.of("action", "SUBMIT"));
        on("2026-02-05");
        Auth.as(Auth.signedIn(Role.OFFICE, parent, null, null)).contentType(ContentType.JSON)
                .body(Map.of("action", "ADOPT", "instruction", "请统筹解决"))
                .when().post("/api/v1/opinions/" + o1 + "/transitions").then().statusCode(200);
        act(o2, Map.of("action", "ACCEPT"));
        act(o2, Map.of("action", "ASSIGN", "assignedUnit", "测试市水务局", "dueDate", "2026-03-31"));
        on("2026-02-08");
        act(o1, Map.of("action", "RESOLVE", "resolution", "已修复", "resolvedOn", "2026-02-08"));
        on("2026-02-10");
        opinion("O3 草稿", category, township, "2026-02-10", wang);
        on("2026-02-12");
        act(o1, Map.of("action", "CLOSE", "feedback", "SATISFIED"));
        on("2026-02-14");
        activity("A1", "RESEARCH", "2026-02-14", 10, wang, li);
        on("2026-02-20");
        long pr3 = proposal("PR3", "2026-02-20", zhao);
        on("2026-02-25");
        given().contentType(ContentType.JSON).body(Map.of("status", "NOT_ACCEPTED", "reason", "属于个人诉求"))
                .when().post("/api/v1/proposals/" + pr3 + "/status").then().statusCode(200);
        on("2026-02-26");
        record(turnFeb, Map.of("outcome", "MISSED", "missedReason", "外出学习"));
        on("2026-03-01");
        activity("A3", "SCHOOL_READING", "2026-03-01", 120, zhao);
        visit("V-other", otherCommittee, "HOUSEHOLD", "2026-03-01", otherTownship, 5, zhou);
        Map<String, Object> elsewhere = Fixtures.activityFields(otherCommittee, zhou);
        elsewhere.put("date", "2026-03-01");
        Fixtures.create("/api/v1/activities", elsewhere);
        on("2026-03-05");
        visit("V3", "INSPECTION", "2026-03-05", township, 12, li);
        on("2026-03-10");
        act(o2, Map.of("action", "RESOLVE", "resolution", "已更换水阀", "resolvedOn", "2026-03-10"));
        on("2026-03-12");
        consultation("C1", township, platform, "2026-03-12", Map.of(wang, "PRESENT", li, "EXCUSED", zhao, "ABSENT"));
        on("2026-03-25");
        accept(labelled("PR2"), "2026-002");
        on("2026-04-02");
        activity("A2", "VOLUNTEER", "2026-04-02", 0, wang);
        on("2026-04-10");
    }

    private void on(String day) {
        clock.setToday(LocalDate.parse(day));
    }

    private long labelled(String label) {
        return labels.entrySet().stream().filter(e -> e.getValue().equals(label))
                .mapToLong(e -> Long.parseLong(e.getKey().substring(e.getKey().indexOf('/') + 1))).findFirst()
                .orElseThrow();
    }

    private long label(String recordType, String label, long id) {
        labels.put(recordType + "/" + id, label);
        return id;
    }

    private long visit(String label, String kind, String date, long township, int people, long... members) {
        return visit(label, committee, kind, date, township, people, members);
    }

    private long visit(String label, long committeeId, String kind, String date, long township, int people,
            long... members) {
        Map<String, Object> fields = Fixtures.visitFields(committeeId, township, members);
        fields.putAll(Map.of("kind", kind, "date", date, "peopleReceived", people, "topic", Fixtures.unique("走访")));
        return label("visits", label, Fixtures.create("/api/v1/visits", fields));
    }

    private long turn(String label, long platform, long member, String month) {
        return label("duty-turns", label, Fixtures.create("/api/v1/duty-turns",
                Map.of("platformId", platform, "memberId", member, "month", month)));
    }

    private static void record(long turn, Map<String, Object> body) {
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/duty-turns/" + turn + "/record")
                .then().statusCode(200);
    }

    private long opinion(String label, long category, long township, String collectedOn, long... members) {
        Map<String, Object> fields = Fixtures.opinionFields(committee, category, township, collectedOn,
                label + " 通村道路破损", members);
        fields.put("raisedByName", "李大山");
        return label("opinions", label, Fixtures.create("/api/v1/opinions", fields));
    }

    private static void act(long opinion, Map<String, Object> body) {
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/opinions/" + opinion + "/transitions")
                .then().statusCode(200);
    }

    private long consultation(String label, long township, long platform, String heldOn, Map<Long, String> members) {
        return label("consultations", label,
                Fixtures.consultation(committee, township, platform, heldOn, members, "抗联食堂对外开放"));
    }

    private long proposal(String label, String filedOn, long lead, long... coSigners) {
        Map<String, Object> fields = Fixtures.proposalFields(committee, lead, coSigners);
        fields.put("filedOn", filedOn);
        return label("proposals", label, Fixtures.create("/api/v1/proposals", fields));
    }

    private static void accept(long proposal, String caseNumber) {
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "ACCEPTED", "caseNumber", caseNumber, "handlingUnit", "测试市农业农村局"))
                .when().post("/api/v1/proposals/" + proposal + "/status").then().statusCode(200);
    }

    private long activity(String label, String kind, String date, int people, long... members) {
        Map<String, Object> fields = Fixtures.activityFields(committee, members);
        fields.putAll(Map.of("kind", kind, "date", date, "peopleReached", people));
        return label("activities", label, Fixtures.create("/api/v1/activities", fields));
    }
}
