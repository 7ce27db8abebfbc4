package cn.cppcc.liaison.evaluation;

import static io.restassured.RestAssured.given;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.support.Fixtures;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A committee's 2025 built through the API on the days the work happened, with rules whose answers are worked out
 * by hand in {@link EvaluationResourceTest}:
 * <ul>
 * <li>王 (group 1): two duty turns done, a visit receiving 45 people, an opinion, co-signed 赵's proposal;</li>
 * <li>李 (group 1): a duty turn missed, absent from a consultation, co-signed 赵's proposal;</li>
 * <li>赵 (group 2): leads a proposal with two co-signers, accepted as a case (立案);</li>
 * <li>钱 (group 2): no work at all;</li>
 * <li>孙 (group 1): joined on 1 September 2025, no work.</li>
 * </ul>
 */
final class EvaluationWorld {

    long committee;
    long other;
    long sector;
    long group1;
    long group2;
    long township;
    long platform;
    long wang;
    long li;
    long zhao;
    long qian;
    long sun;
    long proposal;
    long visit;

    private final OfficeClock clock;

    EvaluationWorld(OfficeClock clock) {
        this.clock = clock;
    }

    EvaluationWorld build() {
        on("2025-01-05");
        committee = Fixtures.committee();
        other = Fixtures.committee();
        sector = Fixtures.sector(committee);
        group1 = Fixtures.group(committee);
        group2 = Fixtures.group(committee);
        township = Fixtures.township(committee);
        platform = Fixtures.platform(committee, township);
        wang = member("王", group1, null);
        li = member("李", group1, null);
        zhao = member("赵", group2, null);
        qian = member("钱", group2, null);
        sun = member("孙", group1, "2025-09-01");
        long march = turn(wang, "2025-03");
        long april = turn(wang, "2025-04");
        long may = turn(li, "2025-05");
        on("2025-04-10");
        proposal = proposal("2025-04-10", zhao, wang, li);
        on("2025-04-30");
        record(march, Map.of("outcome", "DONE"));
        record(april, Map.of("outcome", "DONE", "peopleReached", 12));
        on("2025-05-20");
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "ACCEPTED", "caseNumber", Fixtures.unique("2025-"), "handlingUnit", "测试市农业农村局"))
                .when().post("/api/v1/proposals/" + proposal + "/status").then().statusCode(200);
        on("2025-06-02");
        record(may, Map.of("outcome", "MISSED", "missedReason", "外出学习"));
        Map<String, Object> visitFields = Fixtures.visitFields(committee, township, wang);
        visitFields.putAll(Map.of("date", "2025-06-01", "peopleReceived", 45));
        visit = Fixtures.create("/api/v1/visits", visitFields);
        opinion("2025-06-01", wang);
        consultation("2025-06-02", Map.of(li, "ABSENT"));
        on("2026-01-10");
        return this;
    }

    /** 2025 under {@link #rules()}: started from the 铁力 template, then replaced by the test's rules. */
    EvaluationWorld withRules() {
        String etag = given().contentType(ContentType.JSON).body(Map.of("from", "TIELI"))
                .queryParam("committeeId", committee).when().post("/api/v1/evaluation-rules/2025")
                .then().statusCode(201).extract().header("ETag");
        given().contentType(ContentType.JSON).body(rules()).header("If-Match", etag)
                .queryParam("committeeId", committee).when().put("/api/v1/evaluation-rules/2025")
                .then().statusCode(200);
        return this;
    }

    /** 2025 under {@link #rules()}, computed. */
    EvaluationWorld computed() {
        withRules();
        given().queryParam("committeeId", committee).when().post("/api/v1/evaluations/2025/compute")
                .then().statusCode(200);
        return this;
    }

    /** The rules of {@link EvaluationResourceTest}: base 60, thresholds 70 / 60 / 50, "三个一" as the minimum. */
    static Map<String, Object> rules() {
        Map<String, Object> rules = new HashMap<>();
        rules.put("name", "测试细则（2025年）");
        rules.put("baseScore", 60);
        rules.put("items", List.of(
                Map.of("kind", "DUTY_DONE", "points", 5, "cap", 8),
                Map.of("kind", "DUTY_MISSED", "points", -5),
                Map.of("kind", "VISIT", "points", 2),
                Map.of("kind", "PEOPLE_RECEIVED", "points", 1, "per", 20),
                Map.of("kind", "OPINION_SUBMITTED", "points", 3),
                Map.of("kind", "CONSULTATION_PRESENT", "points", 2),
                Map.of("kind", "CONSULTATION_ABSENT", "points", -4),
                Map.of("kind", "PROPOSAL_LED", "points", 10),
                Map.of("kind", "PROPOSAL_ACCEPTED", "points", 3),
                Map.of("kind", "AWARD", "points", 5)));
        rules.put("proposalLeadShare", 50);
        rules.put("minimum", List.of(Map.of("kind", "DUTY_DONE", "count", 1), Map.of("kind", "VISIT", "count", 1),
                Map.of("kind", "OPINION_SUBMITTED", "count", 1)));
        rules.put("belowMinimumRating", "BASICALLY_COMPETENT");
        rules.put("ratings", Map.of("excellent", 70, "competent", 60, "basic", 50));
        return rules;
    }

    void on(String day) {
        clock.setToday(LocalDate.parse(day));
    }

    private long member(String name, long group, String termStart) {
        Map<String, Object> fields = Fixtures.memberFields(committee, sector);
        fields.put("name", Fixtures.unique(name));
        fields.put("groupId", group);
        if (termStart != null) {
            fields.put("termStart", termStart);
        }
        return Fixtures.create("/api/v1/members", fields);
    }

    private long turn(long member, String month) {
        return Fixtures.create("/api/v1/duty-turns", Map.of("platformId", platform, "memberId", member, "month", month));
    }

    private static void record(long turn, Map<String, Object> body) {
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/duty-turns/" + turn + "/record")
                .then().statusCode(200);
    }

    long proposal(String filedOn, long lead, long... coSigners) {
        Map<String, Object> fields = Fixtures.proposalFields(committee, lead, coSigners);
        fields.put("filedOn", filedOn);
        return Fixtures.create("/api/v1/proposals", fields);
    }

    long opinion(String collectedOn, long member) {
        long category = given().queryParam("committeeId", committee).when().get("/api/v1/opinion-categories")
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        Map<String, Object> fields = Fixtures.opinionFields(committee, category, township, collectedOn, "通村道路破损",
                member);
        long opinion = Fixtures.create("/api/v1/opinions", fields);
        given().contentType(ContentType.JSON).body(Map.of("action", "SUBMIT"))
                .when().post("/api/v1/opinions/" + opinion + "/transitions").then().statusCode(200);
        return opinion;
    }

    private void consultation(String heldOn, Map<Long, String> members) {
        Fixtures.consultation(committee, township, platform, heldOn, members, "农田路维修");
    }
}
