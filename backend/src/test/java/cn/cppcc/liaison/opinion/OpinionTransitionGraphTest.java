package cn.cppcc.liaison.opinion;

import static cn.cppcc.liaison.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.equalTo;

import cn.cppcc.liaison.kernel.Role;
import cn.cppcc.liaison.support.ContractFilter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The whole lifecycle as a table: for every state, every role and every action, the action succeeds exactly
 * when the table allows it, and otherwise answers 409 naming what that role may do now, leaving the opinion as
 * it was. The table is written out here, apart from the code it checks.
 */
@QuarkusTest
class OpinionTransitionGraphTest {

    private static final Map<OpinionStatus, Set<String>> OFFICE = new EnumMap<>(Map.of(
            OpinionStatus.DRAFT, Set.of("SUBMIT"),
            OpinionStatus.SUBMITTED, Set.of("ACCEPT", "REJECT", "MERGE"),
            OpinionStatus.ACCEPTED, Set.of("ASSIGN", "MERGE", "FORWARD"),
            OpinionStatus.REJECTED, Set.of(),
            OpinionStatus.ASSIGNED, Set.of("ASSIGN", "START", "RESOLVE", "MERGE", "FORWARD"),
            OpinionStatus.IN_PROGRESS, Set.of("PROGRESS", "RESOLVE", "FORWARD"),
            OpinionStatus.RESOLVED, Set.of("CLOSE", "REOPEN", "FORWARD"),
            OpinionStatus.CLOSED, Set.of("REOPEN", "FORWARD"),
            OpinionStatus.MERGED, Set.of()));

    /** Submitters and their group's leads only submit their drafts. */
    private static Set<String> submitter(OpinionStatus status) {
        return status == OpinionStatus.DRAFT ? Set.of("SUBMIT") : Set.of();
    }

    private static final Map<String, OpinionStatus> TARGET = Map.ofEntries(
            Map.entry("SUBMIT", OpinionStatus.SUBMITTED), Map.entry("ACCEPT", OpinionStatus.ACCEPTED),
            Map.entry("REJECT", OpinionStatus.REJECTED), Map.entry("ASSIGN", OpinionStatus.ASSIGNED),
            Map.entry("START", OpinionStatus.IN_PROGRESS), Map.entry("PROGRESS", OpinionStatus.IN_PROGRESS),
            Map.entry("RESOLVE", OpinionStatus.RESOLVED), Map.entry("CLOSE", OpinionStatus.CLOSED),
            Map.entry("REOPEN", OpinionStatus.ASSIGNED), Map.entry("MERGE", OpinionStatus.MERGED));

    private static final List<String> ACTIONS = List.of("CREATE", "SUBMIT", "ACCEPT", "REJECT", "ASSIGN", "START",
            "PROGRESS", "RESOLVE", "CLOSE", "REOPEN", "MERGE", "FORWARD", "ADOPT");

    /** Liaisons share the convenors' rules (one code path); the administrator's successes are the office's. */
    private static final List<Role> ROLES = List.of(Role.ADMIN, Role.OFFICE, Role.MEMBER, Role.CONVENOR);

    @Test
    void everyStateRoleAndActionFollowsTheTable() {
        OpinionWorld world = new OpinionWorld();
        for (OpinionStatus status : OpinionStatus.values()) {
            long opinion = world.inState(status);
            long target = world.inState(OpinionStatus.SUBMITTED);
            for (Role role : ROLES) {
                Set<String> expected = role.isOffice() ? OFFICE.get(status) : submitter(status);
                List<String> offered = world.as(role).when().get(OpinionWorld.OPINIONS + "/" + opinion)
                        .then().statusCode(200).extract().jsonPath().getList("actions.action", String.class);
                assertEquals(expected, Set.copyOf(offered), status + " offered to " + role);
                assertEquals(expected.size(), offered.size(), status + " offered twice to " + role);
                for (String action : ACTIONS) {
                    RequestSpecification as = world.as(role);
                    if (action.equals("CREATE")) {
                        // Recording is no step: the contract has no schema for it, the service refuses it too.
                        as.header(ContractFilter.BROKEN_REQUEST, "true");
                    }
                    if (expected.contains(action) && role == Role.ADMIN) {
                        continue;
                    }
                    if (expected.contains(action)) {
                        long fresh = world.inState(status);
                        String to = (TARGET.containsKey(action) ? TARGET.get(action) : status).name();
                        world.act(as, fresh, OpinionWorld.valid(action, target))
                                .statusCode(200).body("status", equalTo(to));
                    } else {
                        List<String> allowed = assertProblem(world.act(as, opinion, OpinionWorld.valid(action, target)),
                                409, "illegal-state")
                                .extract().jsonPath().getList("allowed.action", String.class);
                        assertEquals(expected, Set.copyOf(allowed), action + " by " + role + " in " + status);
                    }
                }
            }
            given().when().get(OpinionWorld.OPINIONS + "/" + opinion)
                    .then().statusCode(200).body("status", equalTo(status.name()));
        }
    }

    @Test
    void reportersReadButCannotMoveAnOpinionAndOtherMembersDoNotSeeIt() {
        OpinionWorld world = new OpinionWorld();
        long opinion = world.inState(OpinionStatus.DRAFT);
        world.as(Role.REPORTER).when().get(OpinionWorld.OPINIONS + "/" + opinion)
                .then().statusCode(200).body("actions.size()", equalTo(0));
        assertProblem(world.act(world.as(Role.REPORTER), opinion, OpinionWorld.valid("SUBMIT", null)), 403, "forbidden");
        assertProblem(world.asOutsider().when().get(OpinionWorld.OPINIONS + "/" + opinion).then(), 404, "not-found");
        assertProblem(world.act(world.asOutsider(), opinion, OpinionWorld.valid("SUBMIT", null)), 404, "not-found");
        given().when().get(OpinionWorld.OPINIONS + "/" + opinion).then().body("status", equalTo("DRAFT"));
    }
}
