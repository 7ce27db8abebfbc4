package cn.cppcc.liaison.opinion;

import static cn.cppcc.liaison.opinion.OpinionWorld.OPINIONS;
import static cn.cppcc.liaison.opinion.OpinionWorld.valid;
import static cn.cppcc.liaison.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cppcc.liaison.support.Parallel;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Real parallel requests: conflicting transitions and retried creates leave exactly one result. */
@QuarkusTest
class OpinionConcurrencyTest {

    @Test
    void ofConflictingTransitionsSentAtOnceExactlyOneWinsAndTheOthersGet409() throws Exception {
        OpinionWorld world = new OpinionWorld();
        for (int round = 0; round < 3; round++) {
            long opinion = world.inState(OpinionStatus.SUBMITTED);
            // Accepting and rejecting exclude each other: whichever lands first, the rest find the state moved on.
            List<Map<String, Object>> bodies = List.of(valid("ACCEPT", null), valid("REJECT", null),
                    valid("ACCEPT", null), valid("REJECT", null), valid("ACCEPT", null), valid("REJECT", null));
            List<Response> answers = Parallel.run(bodies.stream().<Callable<Response>>map(body -> () -> given()
                    .contentType(ContentType.JSON).body(body)
                    .when().post(OPINIONS + "/" + opinion + "/transitions").andReturn()).toList());

            long won = answers.stream().filter(a -> a.statusCode() == 200).count();
            assertEquals(1, won, "exactly one transition applies");
            answers.stream().filter(a -> a.statusCode() != 200).forEach(a -> {
                assertEquals(409, a.statusCode(), a.asString());
                assertEquals("urn:cppcc:problem:illegal-state", a.jsonPath().getString("type"), a.asString());
            });
            String status = given().when().get(OPINIONS + "/" + opinion).then().statusCode(200)
                    .extract().jsonPath().getString("status");
            given().when().get(OPINIONS + "/" + opinion + "/history").then()
                    .body("items", hasSize(3))
                    .body("items[2].toStatus", equalTo(status));
        }
    }

    @Test
    void aRetriedCreateWithTheSameKeyRecordsOnceAndAnswersTheSame() {
        OpinionWorld world = new OpinionWorld();
        Map<String, Object> fields = world.fields("路灯不亮", "小区路灯损坏");
        String key = "12345-" + System.nanoTime();
        Response first = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(fields)
                .when().post(OPINIONS).andReturn();
        assertEquals(201, first.statusCode(), first.asString());
        Response again = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(fields)
                .when().post(OPINIONS).andReturn();
        assertEquals(201, again.statusCode(), again.asString());
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(first.jsonPath().getLong("id"), again.jsonPath().getLong("id"));
        assertEquals(first.header("Location"), again.header("Location"));
        given().queryParam("committeeId", world.committee).when().get(OPINIONS).then().body("total", equalTo(1));

        fields.put("title", "路灯不亮（改）");
        assertProblem(given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(fields)
                .when().post(OPINIONS).then(), 422, "idempotency-key-reused")
                .body("errors[0].field", equalTo("Idempotency-Key"));
        given().queryParam("committeeId", world.committee).when().get(OPINIONS).then().body("total", equalTo(1));

        // Keys belong to the account: another account's same key is its own request.
        world.as(cn.cppcc.liaison.kernel.Role.OFFICE).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(world.fields("路灯不亮", "小区路灯损坏")).when().post(OPINIONS).then().statusCode(201)
                .header("Idempotent-Replayed", (String) null);
        given().queryParam("committeeId", world.committee).when().get(OPINIONS).then().body("total", equalTo(2));
    }

    @Test
    void retriesRacingEachOtherStillCreateOneOpinion() throws Exception {
        OpinionWorld world = new OpinionWorld();
        Map<String, Object> fields = world.fields("排水沟堵塞", "雨天倒灌");
        String key = "race-" + System.nanoTime();
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(() -> given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(fields)
                    .when().post(OPINIONS).andReturn());
        }
        List<Response> answers = Parallel.run(calls);
        answers.forEach(a -> assertEquals(201, a.statusCode(), a.asString()));
        assertEquals(1, answers.stream().map(a -> a.jsonPath().getLong("id")).distinct().count());
        assertTrue(answers.stream().filter(a -> a.header("Idempotent-Replayed") == null).count() == 1);
        given().queryParam("committeeId", world.committee).when().get(OPINIONS).then().body("total", equalTo(1));
    }

    @Test
    void aMalformedKeyIsRefusedBeforeAnythingIsRecorded() {
        OpinionWorld world = new OpinionWorld();
        assertProblem(cn.cppcc.liaison.support.Fixtures.broken().header("Idempotency-Key", "键 with spaces")
                .contentType(ContentType.JSON).body(world.fields("路灯不亮", "小区路灯损坏"))
                .when().post(OPINIONS).then(), 400, "validation");
        given().queryParam("committeeId", world.committee).when().get(OPINIONS).then().body("total", equalTo(0));
    }
}
