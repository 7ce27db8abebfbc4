package cn.cppcc.liaison.proposal;

import static cn.cppcc.liaison.support.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;

import cn.cppcc.liaison.kernel.Role;
import cn.cppcc.liaison.support.Auth;
import cn.cppcc.liaison.support.ContractFilter;
import cn.cppcc.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may file, change, delete and handle which proposals, and the proposals outside an account's committee. */
@QuarkusTest
class ProposalAccessTest {

    private static final String PROPOSALS = ProposalResourceTest.PROPOSALS;

    @Test
    void aMemberFilesAndEditsProposalsTheyLeadOnlyWhileFiled() {
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        long me = Fixtures.member(committee, sector);
        long colleague = Fixtures.member(committee, sector);
        String member = Auth.signedIn(Role.MEMBER, committee, me, null);

        long own = Auth.as(member).contentType(ContentType.JSON).body(Fixtures.proposalFields(committee, me, colleague))
                .when().post(PROPOSALS).then().statusCode(201).extract().jsonPath().getLong("id");
        assertProblem(Auth.as(member).contentType(ContentType.JSON).body(Fixtures.proposalFields(committee, colleague, me))
                .when().post(PROPOSALS).then(), 403, "forbidden");

        Map<String, Object> edit = Fixtures.proposalFields(committee, me);
        Auth.as(member).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(edit).when().put(PROPOSALS + "/" + own).then().statusCode(200);
        Map<String, Object> handOver = Fixtures.proposalFields(committee, colleague);
        assertProblem(Auth.as(member).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(handOver)
                .when().put(PROPOSALS + "/" + own).then(), 403, "forbidden");

        // Co-signing is not leading: a colleague's proposal is theirs to change.
        long theirs = Fixtures.proposal(committee, colleague, me);
        Map<String, Object> theirEdit = Fixtures.proposalFields(committee, colleague, me);
        assertProblem(Auth.as(member).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(theirEdit)
                .when().put(PROPOSALS + "/" + theirs).then(), 403, "forbidden");
        assertProblem(Auth.as(member).when().delete(PROPOSALS + "/" + theirs).then(), 403, "forbidden");

        // Once the office has registered it, the member can no longer change or withdraw it.
        ProposalResourceTest.changeStatus(own, Map.of("status", "ACCEPTED")).statusCode(200);
        assertProblem(Auth.as(member).contentType(ContentType.JSON).header("If-Match", "\"2\"").body(edit)
                .when().put(PROPOSALS + "/" + own).then(), 403, "forbidden");
        assertProblem(Auth.as(member).when().delete(PROPOSALS + "/" + own).then(), 403, "forbidden");
        assertProblem(Auth.as(member).header(ContractFilter.BROKEN_REQUEST, "true").contentType(ContentType.JSON)
                .body(Map.of("status", "ANSWERED"))
                .when().post(PROPOSALS + "/" + own + "/status").then(), 403, "forbidden");

        long withdrawn = Fixtures.proposal(committee, me);
        Auth.as(member).when().delete(PROPOSALS + "/" + withdrawn).then().statusCode(204);
    }

    @Test
    void convenorsLiaisonsAndReportersReadProposalsButNeverWriteThem() {
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        long group = Fixtures.group(committee);
        Map<String, Object> memberFields = Fixtures.memberFields(committee, sector);
        memberFields.put("groupId", group);
        long member = Fixtures.create("/api/v1/members", memberFields);
        long proposal = Fixtures.proposal(committee, member);
        for (String reader : new String[] {Auth.signedIn(Role.CONVENOR, committee, member, group),
                Auth.signedIn(Role.LIAISON, committee, null, group), Auth.signedIn(Role.REPORTER, committee, null, null),
                Auth.apiToken(Role.REPORTER, committee)}) {
            Auth.as(reader).when().get(PROPOSALS + "/" + proposal).then().statusCode(200);
            Auth.as(reader).when().get(PROPOSALS).then().statusCode(200).body("total", equalTo(1));
            assertProblem(Auth.as(reader).contentType(ContentType.JSON).body(Fixtures.proposalFields(committee, member))
                    .when().post(PROPOSALS).then(), 403, "forbidden");
            assertProblem(Auth.as(reader).when().delete(PROPOSALS + "/" + proposal).then(), 403, "forbidden");
            assertProblem(Auth.as(reader).contentType(ContentType.JSON).body(Map.of("status", "ACCEPTED"))
                    .when().post(PROPOSALS + "/" + proposal + "/status").then(), 403, "forbidden");
        }
    }

    @Test
    void theOfficeHandlesItsCommitteesProposalsAndNoOthers() {
        long committee = Fixtures.committee();
        long member = Fixtures.member(committee, Fixtures.sector(committee));
        long other = Fixtures.committee();
        long otherMember = Fixtures.member(other, Fixtures.sector(other));
        long ours = Fixtures.proposal(committee, member);
        long foreign = Fixtures.proposal(other, otherMember);
        String office = Auth.signedIn(Role.OFFICE, committee, null, null);

        Auth.as(office).contentType(ContentType.JSON).body(Map.of("status", "ACCEPTED", "caseNumber", "2026-001"))
                .when().post(PROPOSALS + "/" + ours + "/status").then().statusCode(200);
        assertProblem(Auth.as(office).when().get(PROPOSALS + "/" + foreign).then(), 404, "not-found");
        assertProblem(Auth.as(office).contentType(ContentType.JSON).body(Map.of("status", "ACCEPTED"))
                .when().post(PROPOSALS + "/" + foreign + "/status").then(), 404, "not-found");
        assertProblem(Auth.as(office).when().delete(PROPOSALS + "/" + foreign).then(), 404, "not-found");
        Auth.as(office).queryParam("committeeId", other).when().get(PROPOSALS).then().statusCode(200)
                .body("total", equalTo(0));
        assertProblem(Auth.as(office).contentType(ContentType.JSON).body(Fixtures.proposalFields(other, otherMember))
                .when().post(PROPOSALS).then(), 400, "validation");
        String otherMemberAccount = Auth.signedIn(Role.MEMBER, other, otherMember, null);
        assertProblem(Auth.as(otherMemberAccount).when().get(PROPOSALS + "/" + ours).then(), 404, "not-found");
    }
}
