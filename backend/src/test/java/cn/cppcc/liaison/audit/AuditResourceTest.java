package cn.cppcc.liaison.audit;

import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.cppcc.liaison.committee.CommitteeFields;
import cn.cppcc.liaison.committee.CommitteeService;
import cn.cppcc.liaison.support.Auth;
import cn.cppcc.liaison.support.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.ProblemType;
import cn.cppcc.liaison.kernel.SystemActor;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditResourceTest {

    private static final String AUDIT = "/api/v1/audit";
    private static final String MEMBERS = "/api/v1/members";

    @Inject
    CommitteeService committees;

    @Inject
    SystemActor systemActor;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void creatingUpdatingAndDeletingAMemberLeaveOneEventEachSignedByTheCaller() {
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        Map<String, Object> fields = Fixtures.memberFields(committee, sector);
        fields.putAll(Map.of("name", "王丽华", "jobTitle", "副局长", "phone", "13904581234"));
        long member = Fixtures.create(MEMBERS, fields);
        fields.putAll(Map.of("jobTitle", "局长", "phone", "0458-1234567"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fields)
                .when().put(MEMBERS + "/" + member).then().statusCode(200);
        given().when().delete(MEMBERS + "/" + member).then().statusCode(204);

        trail(Map.of("recordType", "MEMBER", "recordId", member))
                .body("total", equalTo(3))
                .body("items.action", contains("DELETE", "UPDATE", "CREATE"))
                .body("items.actor", everyItem(equalTo(Auth.ADMIN_USERNAME)))
                .body("items.committeeId", everyItem(equalTo((int) committee)))
                .body("items[0].before.name", equalTo("王丽华"))
                .body("items[0].before.jobTitle", equalTo("局长"))
                .body("items[0].after", nullValue())
                .body("items[1].before.jobTitle", equalTo("副局长"))
                .body("items[1].before.phone", equalTo("13904581234"))
                .body("items[1].after.jobTitle", equalTo("局长"))
                .body("items[1].after.phone", equalTo("0458-1234567"))
                .body("items[1].changedFields", containsInAnyOrder("jobTitle", "phone"))
                .body("items[2].before", nullValue())
                .body("items[2].after.sectorId", equalTo((int) sector))
                .body("items[2].after.status", equalTo("ACTIVE"))
                .body("items[2].changedFields", hasItem("name"))
                .body("items[2].changedFields", not(hasItem("employer")));
    }

    @Test
    void theTrailPagesNewestFirstOrOldestFirstWhenAsked() {
        long committee = Fixtures.committee();
        long first = Fixtures.sector(committee);
        long second = Fixtures.sector(committee);

        trail(Map.of("recordType", "SECTOR", "committeeId", committee, "size", 1, "page", 2))
                .body("total", equalTo(2)).body("items.recordId", contains((int) first));
        trail(Map.of("recordType", "SECTOR", "committeeId", committee, "sort", "at"))
                .body("items.recordId", contains((int) first, (int) second));
    }

    @Test
    void aStatusChangeIsAnUpdateOfTheStatusFields() {
        long committee = Fixtures.committee();
        long member = Fixtures.member(committee, Fixtures.sector(committee));
        given().contentType(ContentType.JSON).body(Map.of("status", "SUSPENDED", "reason", "因工作调动暂停履职"))
                .when().post(MEMBERS + "/" + member + "/status").then().statusCode(200);

        trail(Map.of("recordType", "MEMBER", "recordId", member, "size", 1))
                .body("items[0].action", equalTo("UPDATE"))
                .body("items[0].changedFields", containsInAnyOrder("status", "statusReason", "statusDate"))
                .body("items[0].after.status", equalTo("SUSPENDED"));
    }

    @Test
    void filtersByRecordTypeRecordIdAndCommitteeIncludingVillagesThroughTheirTownship() {
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        long township = Fixtures.township(committee);
        long village = Fixtures.village(township);
        long other = Fixtures.committee();
        Fixtures.sector(other);

        // A new committee comes with its seven opinion categories, created in the same revision.
        trail(Map.of("committeeId", committee))
                .body("total", equalTo(11))
                .body("items.recordType", hasItems("COMMITTEE", "SECTOR", "TOWNSHIP", "VILLAGE", "OPINION_CATEGORY"))
                .body("items.committeeId", everyItem(equalTo((int) committee)));
        trail(Map.of("committeeId", committee, "recordType", "VILLAGE"))
                .body("total", equalTo(1)).body("items[0].recordId", equalTo((int) village));
        trail(Map.of("recordType", "SECTOR", "recordId", sector))
                .body("total", equalTo(1)).body("items[0].after.committeeId", equalTo((int) committee));
        trail(Map.of("recordType", "COMMITTEE"))
                .body("total", equalTo(2)).body("items.recordId", containsInAnyOrder((int) committee, (int) other));
    }

    @Test
    void changesOutsideAnyRequestAreSignedByTheSystemActorTheyNameAndTheActorFilterIsExact() {
        long mine = Fixtures.committee();
        long system = CompletableFuture.supplyAsync(() -> systemActor.call("system", () -> committees.create(
                new CommitteeFields(Fixtures.unique("政协测试县第三届委员会"), "测试县", 3, LocalDate.of(2022, 1, 10),
                        null, null)).id())).join();

        trail(Map.of("actor", "system", "recordType", "COMMITTEE"))
                .body("total", equalTo(1)).body("items[0].recordId", equalTo((int) system))
                .body("items[0].accountId", nullValue());
        trail(Map.of("actor", Auth.ADMIN_USERNAME, "recordType", "COMMITTEE"))
                .body("total", equalTo(1)).body("items[0].recordId", equalTo((int) mine));
        trail(Map.of("actor", "office")).body("total", equalTo(0));
    }

    @Test
    void workOutsideAnyRequestThatNamesNoActorIsRefusedAndChangesNothing() {
        CompletionException refused = assertThrows(CompletionException.class, () -> CompletableFuture.runAsync(
                () -> committees.create(new CommitteeFields(Fixtures.unique("政协无名县第一届委员会"), "无名县", 1,
                        LocalDate.of(2022, 1, 10), null, null))).join());
        // No caller at all: the audit trail cannot sign the change, so the transaction is rolled back.
        assertInstanceOf(ContextNotActiveException.class, rootCause(refused));
        given().when().get("/api/v1/committees").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void anAnonymousCallerIsRefusedWhereTheAdministratorUsedToBeAssumed() {
        Fixtures.committee();
        // The test thread has a request context but nobody signed in: the service must not answer as the system.
        ApiProblem refused = assertThrows(ApiProblem.class, () -> committees.list(new PageParams(), null, null));
        assertEquals(ProblemType.UNAUTHORIZED, refused.type);
        RuntimeException unsigned = assertThrows(RuntimeException.class, () -> committees.create(new CommitteeFields(
                Fixtures.unique("政协匿名县第一届委员会"), "匿名县", 1, LocalDate.of(2022, 1, 10), null, null)));
        assertEquals(ProblemType.UNAUTHORIZED, ((ApiProblem) rootCause(unsigned)).type);
        given().when().get("/api/v1/committees").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void periodFiltersAreWholeDaysInBeijingTime() {
        long committee = Fixtures.committee();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        trail(Map.of("committeeId", committee, "recordType", "COMMITTEE", "from", today.toString(), "to",
                today.toString())).body("total", equalTo(1));
        trail(Map.of("committeeId", committee, "from", today.plusDays(1).toString())).body("total", equalTo(0));
        trail(Map.of("committeeId", committee, "to", today.minusDays(1).toString())).body("total", equalTo(0));
        assertFieldError(given().queryParam("from", today.toString()).queryParam("to", today.minusDays(1).toString())
                .when().get(AUDIT).then(), "to");
        assertFieldError(Fixtures.broken().queryParam("from", "2026-13-01").when().get(AUDIT).then(), "from");
        assertFieldError(Fixtures.broken().queryParam("sort", "-name").when().get(AUDIT).then(), "sort");
    }

    @Test
    void aStaleUpdateLeavesNoEventAndNoChange() {
        long committee = Fixtures.committee();
        Map<String, Object> fields = Fixtures.memberFields(committee, Fixtures.sector(committee));
        long member = Fixtures.create(MEMBERS, fields);
        fields.put("jobTitle", "局长");
        given().contentType(ContentType.JSON).header("If-Match", "\"5\"").body(fields)
                .when().put(MEMBERS + "/" + member).then().statusCode(409);

        trail(Map.of("recordType", "MEMBER", "recordId", member))
                .body("total", equalTo(1)).body("items[0].action", equalTo("CREATE"));
        given().when().get(MEMBERS + "/" + member).then().body("jobTitle", nullValue());
    }

    @Test
    void aCreateWithAnUnknownSectorLeavesNoEventAndNoMember() {
        long committee = Fixtures.committee();
        Map<String, Object> fields = Fixtures.memberFields(committee, 999_999_999L);
        assertFieldError(given().contentType(ContentType.JSON).body(fields).when().post(MEMBERS).then(), "sectorId");

        trail(Map.of("recordType", "MEMBER", "committeeId", committee)).body("total", equalTo(0));
        given().queryParam("committeeId", committee).when().get(MEMBERS).then().body("total", equalTo(0));
    }

    @Test
    void everyAuditTableHasARecordType() throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select tablename from pg_tables "
                        + "where schemaname = current_schema() and tablename like '%\\_aud'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        assertEquals(tables, Arrays.stream(AuditRecordType.values())
                .flatMap(t -> Stream.concat(Stream.of(t.auditTable), t.collectionTables.stream()))
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void aChangeOfWhoWasAtAVisitShowsTheMemberListBeforeAndAfter() {
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        long township = Fixtures.township(committee);
        long first = Fixtures.member(committee, sector);
        long second = Fixtures.member(committee, sector);
        Map<String, Object> fields = Fixtures.visitFields(committee, township, first);
        long visit = Fixtures.create("/api/v1/visits", fields);
        fields.put("memberIds", java.util.List.of(first, second));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fields)
                .when().put("/api/v1/visits/" + visit).then().statusCode(200);
        given().when().delete("/api/v1/visits/" + visit).then().statusCode(204);

        trail(Map.of("recordType", "VISIT", "recordId", visit))
                .body("items.action", contains("DELETE", "UPDATE", "CREATE"))
                .body("items[1].changedFields", equalTo(java.util.List.of("memberIds")))
                .body("items[1].before.memberIds", contains((int) first))
                .body("items[1].after.memberIds", contains((int) first, (int) second))
                .body("items[2].after.memberIds", contains((int) first))
                .body("items[0].before.memberIds", contains((int) first, (int) second));
    }

    static ValidatableResponse trail(Map<String, ?> query) {
        return given().queryParams(query).when().get(AUDIT).then().statusCode(200);
    }

    private static Throwable rootCause(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
