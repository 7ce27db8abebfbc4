package cn.cppcc.liaison.proposal;

import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static cn.cppcc.liaison.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.cppcc.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle as a table, written out apart from the code it checks: from every state to every state, the
 * change succeeds exactly when the table allows it, and otherwise answers 409 naming the states allowed now and
 * leaving the proposal as it was.
 */
@QuarkusTest
class ProposalLifecycleTest {

    private static final String PROPOSALS = ProposalResourceTest.PROPOSALS;

    private static final Map<ProposalStatus, Set<ProposalStatus>> ALLOWED = new EnumMap<>(Map.of(
            ProposalStatus.FILED, Set.of(ProposalStatus.ACCEPTED, ProposalStatus.NOT_ACCEPTED),
            ProposalStatus.ACCEPTED, Set.of(ProposalStatus.ANSWERED),
            ProposalStatus.NOT_ACCEPTED, Set.of(),
            ProposalStatus.ANSWERED, Set.of(ProposalStatus.CLOSED),
            ProposalStatus.CLOSED, Set.of()));

    /** The steps that bring a new proposal to each state. */
    private static final Map<ProposalStatus, List<ProposalStatus>> PATH = new EnumMap<>(Map.of(
            ProposalStatus.FILED, List.of(),
            ProposalStatus.ACCEPTED, List.of(ProposalStatus.ACCEPTED),
            ProposalStatus.NOT_ACCEPTED, List.of(ProposalStatus.NOT_ACCEPTED),
            ProposalStatus.ANSWERED, List.of(ProposalStatus.ACCEPTED, ProposalStatus.ANSWERED),
            ProposalStatus.CLOSED, List.of(ProposalStatus.ACCEPTED, ProposalStatus.ANSWERED, ProposalStatus.CLOSED)));

    private static final String YESTERDAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();

    /** A change to {@code to} with what that step needs. */
    private static Map<String, Object> change(ProposalStatus to) {
        Map<String, Object> change = new HashMap<>();
        change.put("status", to.name());
        switch (to) {
            case NOT_ACCEPTED -> change.put("reason", "属于个人诉求，建议通过社情民意渠道反映");
            case ANSWERED -> {
                change.put("answeredOn", YESTERDAY);
                change.put("answer", "已纳入年度工作计划");
            }
            default -> {
            }
        }
        return change;
    }

    @Test
    void everyChangeFromEveryStateFollowsTheTable() {
        long committee = Fixtures.committee();
        long member = Fixtures.member(committee, Fixtures.sector(committee));
        for (ProposalStatus from : ProposalStatus.values()) {
            for (ProposalStatus to : ProposalStatus.values()) {
                long id = inState(committee, member, from);
                if (ALLOWED.get(from).contains(to)) {
                    ProposalResourceTest.changeStatus(id, change(to)).statusCode(200)
                            .body("status", equalTo(to.name()));
                } else {
                    List<String> allowed = assertProblem(to == ProposalStatus.FILED
                                    ? ProposalResourceTest.changeStatusAgainstContract(id, change(to))
                                    : ProposalResourceTest.changeStatus(id, change(to)),
                            409, "illegal-state")
                            .body("errors[0].field", equalTo("status"))
                            .extract().jsonPath().getList("allowed.to", String.class);
                    assertEquals(names(ALLOWED.get(from)), Set.copyOf(allowed), from + " → " + to);
                    given().when().get(PROPOSALS + "/" + id).then().statusCode(200)
                            .body("status", equalTo(from.name()));
                }
            }
        }
    }

    @Test
    void everyStateOffersTheStatesTheTableAllows() {
        long committee = Fixtures.committee();
        long member = Fixtures.member(committee, Fixtures.sector(committee));
        for (ProposalStatus status : ProposalStatus.values()) {
            List<String> next = given().when().get(PROPOSALS + "/" + inState(committee, member, status))
                    .then().statusCode(200).extract().jsonPath().getList("nextStatuses", String.class);
            assertEquals(names(ALLOWED.get(status)), Set.copyOf(next), status.name());
        }
    }

    @Test
    void notAcceptingNeedsAReasonAndAnsweringADateAndSummary() {
        long committee = Fixtures.committee();
        long member = Fixtures.member(committee, Fixtures.sector(committee));
        long filed = Fixtures.proposal(committee, member);
        assertFieldError(ProposalResourceTest.changeStatusAgainstContract(filed, Map.of("status", "NOT_ACCEPTED")), "reason");
        assertFieldError(ProposalResourceTest.changeStatusAgainstContract(filed,
                Map.of("status", "ACCEPTED", "reason", "理由只在不予立案时填写")), "reason");

        long accepted = inState(committee, member, ProposalStatus.ACCEPTED);
        assertFieldError(ProposalResourceTest.changeStatusAgainstContract(accepted, Map.of("status", "ANSWERED", "answer", "已办理")),
                "answeredOn");
        assertFieldError(ProposalResourceTest.changeStatusAgainstContract(accepted,
                Map.of("status", "ANSWERED", "answeredOn", YESTERDAY)), "answer");
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        assertFieldError(ProposalResourceTest.changeStatus(accepted,
                Map.of("status", "ANSWERED", "answeredOn", tomorrow, "answer", "已办理")), "answeredOn");
        String beforeFiling = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(30).toString();
        assertFieldError(ProposalResourceTest.changeStatus(accepted,
                Map.of("status", "ANSWERED", "answeredOn", beforeFiling, "answer", "已办理")), "answeredOn");
        ProposalResourceTest.changeStatus(accepted, Map.of("status", "ANSWERED", "answeredOn", YESTERDAY,
                        "answer", "已纳入年度工作计划", "handlingUnit", "铁力市农业农村局"))
                .statusCode(200).header("ETag", "\"2\"")
                .body("answeredOn", equalTo(YESTERDAY))
                .body("answer", equalTo("已纳入年度工作计划"))
                .body("handlingUnit", equalTo("铁力市农业农村局"));
    }

    @Test
    void aStaleVersionIsRefusedWhenOneIsGiven() {
        long committee = Fixtures.committee();
        long member = Fixtures.member(committee, Fixtures.sector(committee));
        long id = Fixtures.proposal(committee, member);
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(Map.of("status", "ACCEPTED"))
                .when().post(PROPOSALS + "/" + id + "/status").then(), 409, "stale-version");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("status", "ACCEPTED"))
                .when().post(PROPOSALS + "/" + id + "/status").then().statusCode(200).header("ETag", "\"1\"");
    }

    private static long inState(long committee, long member, ProposalStatus status) {
        long id = Fixtures.proposal(committee, member);
        for (ProposalStatus step : PATH.get(status)) {
            ProposalResourceTest.changeStatus(id, change(step)).statusCode(200);
        }
        return id;
    }

    private static Set<String> names(Set<ProposalStatus> statuses) {
        return statuses.stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
    }
}
