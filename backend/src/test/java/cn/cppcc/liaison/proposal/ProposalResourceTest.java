package cn.cppcc.liaison.proposal;

import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static cn.cppcc.liaison.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.cppcc.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProposalResourceTest {

    static final String PROPOSALS = "/api/v1/proposals";

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private static ValidatableResponse post(Map<String, Object> fields) {
        return given().contentType(ContentType.JSON).body(fields).when().post(PROPOSALS).then();
    }

    /** A change whose body its own schema refuses (a missing or foreign field, or FILED): the service refuses it too. */
    static ValidatableResponse changeStatusAgainstContract(long id, Map<String, Object> change) {
        return Fixtures.broken().contentType(ContentType.JSON).body(change)
                .when().post(PROPOSALS + "/" + id + "/status").then();
    }

    static ValidatableResponse changeStatus(long id, Map<String, Object> change) {
        return given().contentType(ContentType.JSON).body(change).when().post(PROPOSALS + "/" + id + "/status").then();
    }

    @Test
    void anEditCannotMoveTheFilingAfterTheAnswerAlreadyRecorded() {
        long committee = Fixtures.committee();
        long lead = Fixtures.member(committee, Fixtures.sector(committee));
        Map<String, Object> fields = Fixtures.proposalFields(committee, lead);
        fields.put("filedOn", TODAY.minusDays(30).toString());
        long id = Fixtures.create(PROPOSALS, fields);
        changeStatus(id, Map.of("status", "ACCEPTED")).statusCode(200);
        changeStatus(id, Map.of("status", "ANSWERED", "answeredOn", TODAY.minusDays(20).toString(), "answer", "已办理"))
                .statusCode(200);
        fields.put("filedOn", TODAY.minusDays(10).toString());
        assertFieldError(given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(fields)
                .when().put(PROPOSALS + "/" + id).then(), "filedOn")
                .body("errors[0].message", containsString(TODAY.minusDays(20).toString()));
    }

    @Test
    void aProposalIsFiledWithItsLeadAndCoSignersAndReadsBackFiled() {
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        long wang = Fixtures.create("/api/v1/members", Map.of("committeeId", committee, "sectorId", sector, "name", "王茜", "gender", "FEMALE"));
        long wangChun = Fixtures.create("/api/v1/members", Map.of("committeeId", committee, "sectorId", sector, "name", "汪淳", "gender", "MALE"));
        Map<String, Object> fields = Fixtures.proposalFields(committee, wang, wangChun);
        fields.putAll(Map.of("title", "关于加快铁力市农产品品牌建设的提案", "filedOn", "2026-01-08", "handlingUnit", "铁力市农业农村局"));

        long id = post(fields).statusCode(201).header("ETag", "\"0\"")
                .body("status", equalTo("FILED"))
                .body("nextStatuses", containsInAnyOrder("ACCEPTED", "NOT_ACCEPTED"))
                .body("recordedBy", equalTo("test-admin"))
                .extract().jsonPath().getLong("id");

        given().when().get(PROPOSALS + "/" + id).then().statusCode(200)
                .body("title", equalTo("关于加快铁力市农产品品牌建设的提案"))
                .body("category", equalTo("ECONOMY"))
                .body("filedOn", equalTo("2026-01-08"))
                .body("leadMember.name", equalTo("王茜"))
                .body("coSigners.name", contains("汪淳"))
                .body("handlingUnit", equalTo("铁力市农业农村局"));
    }

    @Test
    void everyWrongFieldOfAProposalComesBackInOneAnswer() {
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        long lead = Fixtures.member(committee, sector);
        long other = Fixtures.committee();
        Map<String, Object> fields = Fixtures.proposalFields(committee, lead, Fixtures.member(committee, sector),
                Fixtures.member(other, Fixtures.sector(other)));
        fields.put("filedOn", TODAY.plusYears(1).toString());
        assertProblem(post(fields), 400, "validation").body("errors.field", containsInAnyOrder("filedOn", "coSignerIds[1]"));
        given().queryParam("committeeId", committee).when().get(PROPOSALS).then().body("total", equalTo(0));
    }

    @Test
    void aProposalMayNotBeFiledAfterTodayInBeijing() {
        long committee = Fixtures.committee();
        long member = Fixtures.member(committee, Fixtures.sector(committee));
        Map<String, Object> fields = Fixtures.proposalFields(committee, member);
        fields.put("filedOn", TODAY.plusDays(1).toString());
        assertFieldError(post(fields), "filedOn");
        fields.put("filedOn", TODAY.toString());
        post(fields).statusCode(201);
    }

    @Test
    void coSignersAreOfTheSameCommitteeListedOnceWithoutTheLeadAndAtMostFifty() {
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        long lead = Fixtures.member(committee, sector);
        long other = Fixtures.member(committee, sector);
        long foreignCommittee = Fixtures.committee();
        long foreigner = Fixtures.member(foreignCommittee, Fixtures.sector(foreignCommittee));

        assertFieldError(post(Fixtures.proposalFields(committee, lead, other, lead)), "coSignerIds[1]")
                .body("detail", containsString("领衔"));
        assertFieldError(post(Fixtures.proposalFields(committee, lead, other, foreigner)), "coSignerIds[1]");
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON)
                .body(Fixtures.proposalFields(committee, lead, other, other)).when().post(PROPOSALS).then(), "coSignerIds[1]");
        assertFieldError(post(Fixtures.proposalFields(committee, foreigner)), "leadMemberId");
        List<Long> tooMany = new ArrayList<>();
        for (long i = 1000; i <= 1050; i++) {
            tooMany.add(i);
        }
        Map<String, Object> crowded = Fixtures.proposalFields(committee, lead);
        crowded.put("coSignerIds", tooMany);
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(crowded).when().post(PROPOSALS).then(),
                "coSignerIds");
        post(Fixtures.proposalFields(committee, lead)).statusCode(201).body("coSigners", hasSize(0));
    }

    @Test
    void aCaseNumberIsUniqueWithinACommitteeOnly() {
        long committee = Fixtures.committee();
        long member = Fixtures.member(committee, Fixtures.sector(committee));
        Map<String, Object> first = Fixtures.proposalFields(committee, member);
        first.put("caseNumber", "2026-018");
        long id = post(first).statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> second = Fixtures.proposalFields(committee, member);
        second.put("caseNumber", "2026-018");
        assertProblem(post(second), 409, "duplicate").body("errors[0].field", equalTo("caseNumber"));

        // The proposal keeps its own number when edited; another committee may use the same one.
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(first).when().put(PROPOSALS + "/" + id).then().statusCode(200);
        long otherCommittee = Fixtures.committee();
        Map<String, Object> elsewhere = Fixtures.proposalFields(otherCommittee,
                Fixtures.member(otherCommittee, Fixtures.sector(otherCommittee)));
        elsewhere.put("caseNumber", "2026-018");
        post(elsewhere).statusCode(201);

        // Registering a case with a number already taken is refused too.
        long unnumbered = Fixtures.proposal(committee, member);
        assertProblem(changeStatus(unnumbered, Map.of("status", "ACCEPTED", "caseNumber", "2026-018")), 409, "duplicate");
        changeStatus(unnumbered, Map.of("status", "ACCEPTED", "caseNumber", "2026-019", "handlingUnit", "铁力市交通运输局"))
                .statusCode(200).body("caseNumber", equalTo("2026-019")).body("handlingUnit", equalTo("铁力市交通运输局"));
    }

    @Test
    void theListFiltersByCommitteeStatusCategoryMemberYearAndText() {
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        long lead = Fixtures.member(committee, sector);
        long coSigner = Fixtures.member(committee, sector);
        long bystander = Fixtures.member(committee, sector);
        Map<String, Object> roads = Fixtures.proposalFields(committee, lead, coSigner);
        roads.putAll(Map.of("title", "关于修缮通村道路的提案", "category", "SOCIETY", "filedOn", "2025-03-01"));
        long roadsId = Fixtures.create(PROPOSALS, roads);
        Map<String, Object> rice = Fixtures.proposalFields(committee, bystander);
        rice.putAll(Map.of("title", "关于铁力大米品牌注册的提案", "filedOn", "2026-01-08", "caseNumber", "2026-001"));
        long riceId = Fixtures.create(PROPOSALS, rice);
        changeStatus(riceId, Map.of("status", "ACCEPTED")).statusCode(200);
        long otherCommittee = Fixtures.committee();
        Fixtures.proposal(otherCommittee, Fixtures.member(otherCommittee, Fixtures.sector(otherCommittee)));

        list(Map.of("committeeId", committee)).body("total", equalTo(2)).body("items.id", contains((int) riceId, (int) roadsId));
        list(Map.of()).body("total", equalTo(3));
        list(Map.of("committeeId", committee, "status", "ACCEPTED")).body("items.id", contains((int) riceId));
        list(Map.of("committeeId", committee, "category", "SOCIETY")).body("items.id", contains((int) roadsId));
        list(Map.of("memberId", coSigner)).body("items.id", contains((int) roadsId));
        list(Map.of("memberId", lead)).body("items.id", contains((int) roadsId));
        list(Map.of("memberId", bystander)).body("items.id", contains((int) riceId));
        list(Map.of("committeeId", committee, "year", 2025)).body("items.id", contains((int) roadsId));
        list(Map.of("committeeId", committee, "from", "2025-03-01", "to", "2025-03-01")).body("items.id", contains((int) roadsId));
        list(Map.of("q", "大米")).body("items.id", contains((int) riceId));
        list(Map.of("q", "2026-001")).body("items.id", contains((int) riceId));
        list(Map.of("committeeId", committee, "sort", "filedOn", "size", 1)).body("total", equalTo(2))
                .body("items.id", contains((int) roadsId));
        assertFieldError(given().queryParams(Map.of("from", "2026-02-01", "to", "2026-01-01")).when().get(PROPOSALS).then(), "to");
        assertFieldError(Fixtures.broken().queryParam("status", "DRAFT").when().get(PROPOSALS).then(), "status");
    }

    private static ValidatableResponse list(Map<String, ?> query) {
        return given().queryParams(query).when().get(PROPOSALS).then().statusCode(200);
    }

    @Test
    void editingNeedsTheVersionAndKeepsTheCommittee() {
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        long lead = Fixtures.member(committee, sector);
        long coSigner = Fixtures.member(committee, sector);
        long id = Fixtures.proposal(committee, lead);
        Map<String, Object> edit = Fixtures.proposalFields(committee, lead, coSigner);
        assertProblem(Fixtures.broken().contentType(ContentType.JSON).body(edit).when().put(PROPOSALS + "/" + id).then(),
                428, "precondition-required");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(edit).when().put(PROPOSALS + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("coSigners.id", contains((int) coSigner));
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(edit)
                .when().put(PROPOSALS + "/" + id).then(), 409, "stale-version");
        long otherCommittee = Fixtures.committee();
        Map<String, Object> moved = Fixtures.proposalFields(otherCommittee, lead);
        assertFieldError(given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(moved).when().put(PROPOSALS + "/" + id).then(),
                "committeeId");
    }

    @Test
    void badInputAnswersProblemsNamingTheField() {
        long committee = Fixtures.committee();
        long member = Fixtures.member(committee, Fixtures.sector(committee));
        Map<String, Object> fields = Fixtures.proposalFields(committee, member);
        fields.remove("title");
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(fields).when().post(PROPOSALS).then(), "title");
        fields = Fixtures.proposalFields(committee, member);
        fields.put("category", "HEALTH");
        assertProblem(Fixtures.broken().contentType(ContentType.JSON).body(fields).when().post(PROPOSALS).then(), 400, "validation");
        fields = Fixtures.proposalFields(committee, member);
        fields.put("status", "ACCEPTED");
        assertProblem(Fixtures.broken().contentType(ContentType.JSON).body(fields).when().post(PROPOSALS).then(), 400, "validation");
        assertProblem(given().when().get(PROPOSALS + "/999999").then(), 404, "not-found");
        long id = Fixtures.proposal(committee, member);
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(Map.of()).when()
                .post(PROPOSALS + "/" + id + "/status").then(), "status");
    }

    @Test
    void membersAndCommitteesWithProposalsCannotBeDeleted() {
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        long lead = Fixtures.member(committee, sector);
        long coSigner = Fixtures.member(committee, sector);
        long id = Fixtures.proposal(committee, lead, coSigner);
        assertProblem(given().when().delete("/api/v1/members/" + lead).then(), 409, "in-use")
                .body("references.resource", contains("proposals"));
        assertProblem(given().when().delete("/api/v1/members/" + coSigner).then(), 409, "in-use")
                .body("references.label", contains("提案（联名）"));
        assertProblem(given().when().delete("/api/v1/committees/" + committee).then(), 409, "in-use")
                .body("references.resource", org.hamcrest.Matchers.hasItem("proposals"));
        given().when().delete(PROPOSALS + "/" + id).then().statusCode(204);
        given().when().delete("/api/v1/members/" + coSigner).then().statusCode(204);
        given().when().delete("/api/v1/members/" + lead).then().statusCode(204);
    }
}
