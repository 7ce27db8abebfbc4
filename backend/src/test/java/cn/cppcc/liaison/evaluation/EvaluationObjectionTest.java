package cn.cppcc.liaison.evaluation;

import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static cn.cppcc.liaison.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.Role;
import cn.cppcc.liaison.support.Auth;
import cn.cppcc.liaison.support.Fixtures;
import cn.cppcc.liaison.support.Parallel;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The office's adjustments and the members' objections on the year of {@link EvaluationWorld}, whose rules put
 * 王 at 78.3 (优秀 from 70) having met the minimum.
 */
@QuarkusTest
class EvaluationObjectionTest {

    private static final String ADJUSTMENTS = "/api/v1/evaluation-adjustments";
    private static final String OBJECTIONS = "/api/v1/evaluation-objections";

    @Inject
    OfficeClock clock;

    EvaluationWorld world;

    @BeforeEach
    void build() {
        world = new EvaluationWorld(clock).build().computed();
    }

    private static Map<String, Object> adjustment(long member, String amount, String reason) {
        return Map.of("memberId", member, "year", 2025, "amount", new java.math.BigDecimal(amount), "reason", reason);
    }

    private long adjust(long member, String amount, String reason) {
        return given().contentType(ContentType.JSON).body(adjustment(member, amount, reason)).when().post(ADJUSTMENTS)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private void breakdown(long member, float score, String rating) {
        given().queryParam("committeeId", world.committee).when().get("/api/v1/evaluations/2025/members/" + member)
                .then().statusCode(200).body("score", equalTo(score)).body("rating", equalTo(rating));
    }

    @Test
    void adjustmentsMoveTheScoreAndTheRatingAcrossTheThresholdAndShowEverywhere() {
        breakdown(world.wang, 78.3f, "EXCELLENT");
        long first = adjust(world.wang, "-8.3", "6月接待日记录重复，核减");
        breakdown(world.wang, 70.0f, "EXCELLENT");
        long second = adjust(world.wang, "-0.1", "轮值记录补正");
        given().queryParam("committeeId", world.committee).when().get("/api/v1/evaluations/2025/members/" + world.wang)
                .then().statusCode(200).body("score", equalTo(69.9f)).body("rating", equalTo("COMPETENT"))
                .body("adjustment", equalTo(-8.4f))
                .body("adjustments.reason", equalTo(List.of("6月接待日记录重复，核减", "轮值记录补正")));
        given().queryParam("year", 2025).queryParam("committeeId", world.committee).queryParam("sort", "memberId")
                .when().get("/api/v1/evaluations").then().statusCode(200)
                .body("items.find { it.memberId == " + world.wang + " }.adjustment", equalTo(-8.4f));
        given().queryParam("year", 2026).when().get("/api/v1/members/" + world.wang + "/record").then().statusCode(200)
                .body("items.findAll { it.kind == 'EVALUATION_ADJUSTED' }.recordId", equalTo(List.of((int) second, (int) first)));
        given().queryParam("recordType", "EVALUATION_ADJUSTMENT").queryParam("recordId", first)
                .when().get("/api/v1/audit").then().statusCode(200).body("total", equalTo(1));

        given().when().delete(ADJUSTMENTS + "/" + second).then().statusCode(204);
        breakdown(world.wang, 70.0f, "EXCELLENT");
        given().queryParam("year", 2025).queryParam("committeeId", world.committee).queryParam("memberId", world.wang)
                .when().get(ADJUSTMENTS).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].amount", equalTo(-8.3f));
    }

    @Test
    void anAdjustmentThatCannotBeIsRefusedNamingEveryField() {
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(adjustment(world.wang, "0", "无"))
                .when().post(ADJUSTMENTS).then(), "amount");
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(adjustment(world.wang, "2.55", "无"))
                .when().post(ADJUSTMENTS).then(), "amount");
        long stranger = Fixtures.member(world.other, Fixtures.sector(world.other));
        String office = Auth.signedIn(Role.OFFICE, world.committee, null, null);
        assertFieldError(Auth.as(office).contentType(ContentType.JSON).body(adjustment(stranger, "2", "其他政协的委员"))
                .when().post(ADJUSTMENTS).then(), "memberId");
        Map<String, Object> future = new java.util.HashMap<>(adjustment(world.wang, "2", "明年"));
        future.put("year", 2027);
        assertFieldError(given().contentType(ContentType.JSON).body(future).when().post(ADJUSTMENTS).then(), "year");
        given().queryParam("committeeId", world.committee).when().post("/api/v1/evaluations/2025/close")
                .then().statusCode(200);
        assertProblem(given().contentType(ContentType.JSON).body(adjustment(world.wang, "2", "关闭以后"))
                .when().post(ADJUSTMENTS).then(), 409, "illegal-state").body("detail", containsString("已经关闭"));
    }

    @Test
    void anObjectionGoesFromFiledToUpheldWithItsAdjustmentAndTheMemberReadsTheAnswer() {
        String wang = Auth.signedIn(Role.MEMBER, world.committee, world.wang, null);
        Response filed = Auth.as(wang).contentType(ContentType.JSON)
                .body(Map.of("year", 2025, "item", "DUTY_DONE", "reason", "6月在平台轮值一次，档案中没有"))
                .when().post(OBJECTIONS);
        filed.then().statusCode(201).body("status", equalTo("OPEN")).body("itemLabel", equalTo("轮值履职"))
                .body("member.id", equalTo((int) world.wang));
        long objection = filed.jsonPath().getLong("id");
        assertProblem(Auth.as(wang).contentType(ContentType.JSON)
                .body(Map.of("year", 2025, "item", "DUTY_DONE", "reason", "再提一次")).when().post(OBJECTIONS).then(),
                409, "duplicate").body("detail", containsString("等待答复"));
        long other = Auth.as(wang).contentType(ContentType.JSON)
                .body(Map.of("year", 2025, "item", "VISIT", "reason", "接待人次少算")).when().post(OBJECTIONS)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        given().queryParam("year", 2025).queryParam("committeeId", world.committee).queryParam("status", "OPEN")
                .when().get(OBJECTIONS).then().statusCode(200).body("total", equalTo(2));

        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(Map.of("decision", "UPHOLD", "answer", "属实"))
                .when().post(OBJECTIONS + "/" + objection + "/answer").then(), "amount");
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON)
                .body(Map.of("decision", "REJECT", "answer", "不属实", "amount", 2))
                .when().post(OBJECTIONS + "/" + objection + "/answer").then(), "amount");
        given().contentType(ContentType.JSON).body(Map.of("decision", "UPHOLD", "answer", "经核实6月轮值漏录，补加3分", "amount", 3))
                .when().post(OBJECTIONS + "/" + objection + "/answer").then().statusCode(200)
                .body("status", equalTo("UPHELD")).body("adjustment.amount", equalTo(3));
        breakdown(world.wang, 81.3f, "EXCELLENT");
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("decision", "REJECT", "answer", "再答一次"))
                .when().post(OBJECTIONS + "/" + objection + "/answer").then(), 409, "illegal-state");
        given().contentType(ContentType.JSON).body(Map.of("decision", "REJECT", "answer", "6月接待45人次已全部计入"))
                .when().post(OBJECTIONS + "/" + other + "/answer").then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("adjustment", nullValue());
        breakdown(world.wang, 81.3f, "EXCELLENT");

        Auth.as(wang).when().get(OBJECTIONS + "/" + objection).then().statusCode(200)
                .body("answer", equalTo("经核实6月轮值漏录，补加3分")).body("answeredBy", equalTo(Auth.ADMIN_USERNAME));
        long upheld = given().queryParam("year", 2025).queryParam("committeeId", world.committee)
                .when().get(ADJUSTMENTS).then().statusCode(200).body("items[0].objectionId", equalTo((int) objection))
                .extract().jsonPath().getLong("items[0].id");
        assertProblem(given().when().delete(ADJUSTMENTS + "/" + upheld).then(), 409, "illegal-state");
        Auth.as(wang).queryParam("year", 2026).when().get("/api/v1/members/" + world.wang + "/record").then()
                .statusCode(200).body("items.kind", hasItems("OBJECTION_FILED", "OBJECTION_ANSWERED", "EVALUATION_ADJUSTED"))
                .body("items.findAll { it.kind == 'OBJECTION_FILED' }", hasSize(2));
    }

    @Test
    void aYearWithAnOpenObjectionDoesNotCloseAndAClosedYearTakesNone() {
        String wang = Auth.signedIn(Role.MEMBER, world.committee, world.wang, null);
        long objection = Auth.as(wang).contentType(ContentType.JSON)
                .body(Map.of("year", 2025, "item", "OTHER", "reason", "请复核")).when().post(OBJECTIONS)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        assertProblem(given().queryParam("committeeId", world.committee).when().post("/api/v1/evaluations/2025/close")
                .then(), 409, "illegal-state").body("detail", containsString("1 件考评申诉没有答复"));
        given().contentType(ContentType.JSON).body(Map.of("decision", "REJECT", "answer", "经复核无误"))
                .when().post(OBJECTIONS + "/" + objection + "/answer").then().statusCode(200);
        given().queryParam("committeeId", world.committee).when().post("/api/v1/evaluations/2025/close")
                .then().statusCode(200);
        assertProblem(Auth.as(wang).contentType(ContentType.JSON)
                .body(Map.of("year", 2025, "item", "VISIT", "reason", "关闭以后")).when().post(OBJECTIONS).then(),
                409, "illegal-state").body("detail", containsString("已经关闭"));
    }

    @Test
    void eachRoleDoesWhatItMayAndReadsWhatIsItsOwn() {
        String wang = Auth.signedIn(Role.MEMBER, world.committee, world.wang, null);
        String zhao = Auth.signedIn(Role.MEMBER, world.committee, world.zhao, null);
        String convenor = Auth.signedIn(Role.CONVENOR, world.committee, world.li, world.group1);
        String office = Auth.signedIn(Role.OFFICE, world.committee, null, null);
        String stranger = Auth.signedIn(Role.OFFICE, world.other, null, null);
        long mine = Auth.as(wang).contentType(ContentType.JSON).body(Map.of("year", 2025, "item", "VISIT", "reason", "少算"))
                .when().post(OBJECTIONS).then().statusCode(201).extract().jsonPath().getLong("id");
        long theirs = Auth.as(zhao).contentType(ContentType.JSON).body(Map.of("year", 2025, "item", "MINIMUM", "reason", "折算有误"))
                .when().post(OBJECTIONS).then().statusCode(201).extract().jsonPath().getLong("id");
        Auth.as(office).contentType(ContentType.JSON).body(Map.of("year", 2025, "item", "VISIT", "reason", "代提"))
                .when().post(OBJECTIONS).then().statusCode(403).body("detail", containsString("没有绑定委员"));
        Auth.as(wang).queryParam("year", 2025).when().get(OBJECTIONS).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) mine)));
        Auth.as(wang).when().get(OBJECTIONS + "/" + theirs).then().statusCode(403);
        Auth.as(convenor).queryParam("year", 2025).when().get(OBJECTIONS).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) mine)));
        Auth.as(office).queryParam("year", 2025).when().get(OBJECTIONS).then().statusCode(200).body("total", equalTo(2));
        Auth.as(stranger).when().get(OBJECTIONS + "/" + mine).then().statusCode(404);
        Auth.as(stranger).contentType(ContentType.JSON).body(Map.of("decision", "REJECT", "answer", "无"))
                .when().post(OBJECTIONS + "/" + mine + "/answer").then().statusCode(404);
        Auth.as(wang).contentType(ContentType.JSON).body(Map.of("decision", "UPHOLD", "answer", "自己支持", "amount", 5))
                .when().post(OBJECTIONS + "/" + mine + "/answer").then().statusCode(403);
        Auth.as(wang).contentType(ContentType.JSON).body(adjustment(world.wang, "5", "自己加分"))
                .when().post(ADJUSTMENTS).then().statusCode(403);
        String reporter = Auth.apiToken(Role.REPORTER, world.committee);
        Auth.as(reporter).queryParam("year", 2025).when().get(OBJECTIONS).then().statusCode(403);
        Auth.as(reporter).queryParam("year", 2025).when().get("/api/v1/evaluations").then().statusCode(200)
                .body("total", equalTo(5)).body("items.memberName", equalTo(java.util.Collections.nCopies(5, null)))
                .body("items.memberId", equalTo(java.util.Collections.nCopies(5, null)));
        Auth.as(reporter).queryParam("year", 2025).queryParam("sort", "name").when().get("/api/v1/evaluations")
                .then().statusCode(403);
    }

    @Test
    void twentyOfficesAnsweringOneObjectionAtOnceAnswerItOnce() throws Exception {
        String wang = Auth.signedIn(Role.MEMBER, world.committee, world.wang, null);
        long objection = Auth.as(wang).contentType(ContentType.JSON)
                .body(Map.of("year", 2025, "item", "VISIT", "reason", "少算")).when().post(OBJECTIONS)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(() -> given().contentType(ContentType.JSON)
                    .body(Map.of("decision", "UPHOLD", "answer", "补加", "amount", 1)).when()
                    .post(OBJECTIONS + "/" + objection + "/answer"));
        }
        List<Response> answers = Parallel.run(calls);
        assertEquals(1, answers.stream().filter(a -> a.statusCode() == 200).count());
        assertEquals(19, answers.stream().filter(a -> a.statusCode() == 409).count());
        given().queryParam("year", 2025).queryParam("committeeId", world.committee).when().get(ADJUSTMENTS)
                .then().statusCode(200).body("total", equalTo(1));
        breakdown(world.wang, 79.3f, "EXCELLENT");
    }
}
