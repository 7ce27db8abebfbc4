package cn.cppcc.liaison.member;

import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static cn.cppcc.liaison.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.cppcc.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 暂停履职、恢复履职、撤销: the member status lifecycle over HTTP. */
@QuarkusTest
class MemberStatusLifecycleTest {

    private static final String MEMBERS = "/api/v1/members";
    private static final List<String> STATES = List.of("ACTIVE", "SUSPENDED", "REMOVED");
    /** The published table, written out here rather than read from the code it checks. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "ACTIVE", Set.of("SUSPENDED", "REMOVED"),
            "SUSPENDED", Set.of("ACTIVE", "REMOVED"),
            "REMOVED", Set.of());

    static Stream<Arguments> everyPairOfStates() {
        List<Arguments> pairs = new ArrayList<>();
        for (String from : STATES) {
            for (String to : STATES) {
                pairs.add(Arguments.of(from, to));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("everyPairOfStates")
    void onlyThePublishedTransitionsAreAllowed(String from, String to) {
        long member = memberIn(from);
        ValidatableResponse response = changeStatus(member, to, "测试原因");
        if (ALLOWED.get(from).contains(to)) {
            response.statusCode(200).body("status", equalTo(to)).body("statusReason", equalTo("测试原因"));
        } else {
            assertProblem(response, 409, "illegal-state");
            ALLOWED.get(from).forEach(next -> response.body("detail", containsString(next)));
            if (ALLOWED.get(from).isEmpty()) {
                response.body("detail", containsString("最终状态"));
            }
            given().when().get(MEMBERS + "/" + member).then().body("status", equalTo(from));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"SUSPENDED", "REMOVED"})
    void suspendingOrRemovingNeedsAReason(String status) {
        long member = memberIn("ACTIVE");
        assertFieldError(given().contentType(ContentType.JSON).body(Map.of("status", status))
                .when().post(MEMBERS + "/" + member + "/status").then(), "reason");
        assertFieldError(given().contentType(ContentType.JSON).body(Map.of("status", status, "reason", "  "))
                .when().post(MEMBERS + "/" + member + "/status").then(), "reason");
        given().when().get(MEMBERS + "/" + member).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void resumingNeedsNoReasonAndClearsTheOldOne() {
        long member = memberIn("SUSPENDED");
        given().contentType(ContentType.JSON).body(Map.of("status", "ACTIVE"))
                .when().post(MEMBERS + "/" + member + "/status")
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("statusReason", nullValue());
    }

    @Test
    void theDateDefaultsToTodayInBeijingTimeAndBumpsTheVersion() {
        long member = memberIn("ACTIVE");
        changeStatus(member, "SUSPENDED", "因工作调动暂停履职")
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("statusDate", equalTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()))
                .body("version", equalTo(1));
    }

    @Test
    void aDateInTheFutureOrBeforeTheLastChangeIsRefused() {
        long member = memberIn("ACTIVE");
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
        assertFieldError(given().contentType(ContentType.JSON)
                .body(Map.of("status", "SUSPENDED", "reason", "因病", "date", tomorrow.toString()))
                .when().post(MEMBERS + "/" + member + "/status").then(), "date");

        given().contentType(ContentType.JSON).body(Map.of("status", "SUSPENDED", "reason", "因病", "date", "2025-03-01"))
                .when().post(MEMBERS + "/" + member + "/status")
                .then().statusCode(200).body("statusDate", equalTo("2025-03-01"));
        assertFieldError(given().contentType(ContentType.JSON).body(Map.of("status", "ACTIVE", "date", "2025-02-28"))
                .when().post(MEMBERS + "/" + member + "/status").then(), "date");
    }

    @Test
    void aStaleIfMatchIsRefusedAndACurrentOneIsAccepted() {
        long member = memberIn("ACTIVE");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("status", "SUSPENDED", "reason", "因病"))
                .when().post(MEMBERS + "/" + member + "/status").then().statusCode(200);
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("status", "ACTIVE"))
                .when().post(MEMBERS + "/" + member + "/status").then(), 409, "stale-version");
        given().when().get(MEMBERS + "/" + member).then().body("status", equalTo("SUSPENDED"));
    }

    @Test
    void anUnknownStatusNamesTheValuesThatWork() {
        long member = memberIn("ACTIVE");
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(Map.of("status", "RETIRED", "reason", "退休"))
                .when().post(MEMBERS + "/" + member + "/status").then(), "status")
                .body("errors[0].message", containsString("SUSPENDED"));
    }

    @Test
    void aConvenorStaysInOfficeUntilTheGroupHasAnother() {
        long committee = Fixtures.committee();
        long convenor = Fixtures.member(committee, Fixtures.sector(committee));
        Map<String, Object> group = new HashMap<>(Fixtures.groupFields(committee));
        group.put("name", "经济界活动组");
        group.put("convenorId", convenor);
        Fixtures.create("/api/v1/groups", group);

        assertProblem(changeStatus(convenor, "SUSPENDED", "因病"), 409, "in-use")
                .body("detail", containsString("经济界活动组"))
                .body("detail", containsString("另定召集人"))
                .body("references.resource", contains("groups"))
                .body("references.count", contains(1));
        assertProblem(changeStatus(convenor, "REMOVED", "辞去委员职务"), 409, "in-use");
        given().when().get(MEMBERS + "/" + convenor).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void anUnknownMemberIsNotFound() {
        assertProblem(changeStatus(987654321L, "SUSPENDED", "因病"), 404, "not-found");
    }

    /** A new member brought to the given state through the API. */
    private static long memberIn(String status) {
        long committee = Fixtures.committee();
        long member = Fixtures.member(committee, Fixtures.sector(committee));
        if (!"ACTIVE".equals(status)) {
            changeStatus(member, status, "准备测试").statusCode(200);
        }
        return member;
    }

    private static ValidatableResponse changeStatus(long member, String status, String reason) {
        return given().contentType(ContentType.JSON).body(Map.of("status", status, "reason", reason))
                .when().post(MEMBERS + "/" + member + "/status").then();
    }
}
