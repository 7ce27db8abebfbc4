package cn.cppcc.liaison.kernel;

import static cn.cppcc.liaison.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cppcc.liaison.contract.ContractOperations;
import cn.cppcc.liaison.support.Auth;
import cn.cppcc.liaison.support.Fixtures;
import cn.cppcc.liaison.support.Parallel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every create sent again with its Idempotency-Key answers as the first time and creates nothing more; the same
 * key with another request is refused. The office works on a fixed day, so no answer depends on today.
 */
@QuarkusTest
class IdempotencyTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 20);
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void onAFixedDay() {
        Arc.container().instance(OfficeClock.class).get().setToday(DAY);
    }

    /** A committee with a township, its village and platform, an activity group and two members living there. */
    static final class World {
        final long committee = Fixtures.committee();
        final Map<String, Object> sectorFields = Fixtures.sectorFields(committee);
        final long sector = Fixtures.create("/api/v1/sectors", sectorFields);
        final long township = Fixtures.township(committee);
        final long village = Fixtures.village(township);
        final long platform = Fixtures.platform(committee, township);
        final long group = Fixtures.group(committee);
        final long member = resident();
        final long otherMember = resident();
        final long category = given().queryParam("committeeId", committee).when().get("/api/v1/opinion-categories")
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id");

        private long resident() {
            Map<String, Object> fields = Fixtures.memberFields(committee, sector);
            fields.put("townshipId", township);
            fields.put("groupId", group);
            return Fixtures.create("/api/v1/members", fields);
        }

        long consultation() {
            return Fixtures.create("/api/v1/consultations", consultationFields());
        }

        Map<String, Object> consultationFields() {
            Map<String, Object> fields = new HashMap<>();
            fields.put("committeeId", committee);
            fields.put("kind", "QUARTERLY");
            fields.put("date", DAY.minusDays(1).toString());
            fields.put("townshipId", township);
            fields.put("platformId", platform);
            fields.put("topic", Fixtures.unique("抗联食堂对外开放"));
            fields.put("members", List.of(Map.of("memberId", member, "attendance", "PRESENT")));
            return fields;
        }
    }

    /** A create sent with a key: the request as first sent, or one differing from it. */
    interface Request {
        Response send(String key, boolean differing);
    }

    /** One create of the contract: how to send it in a world, what it answers and the table it adds rows to. */
    record Create(String operation, int status, String table, Function<World, Request> prepare) {

        @Override
        public String toString() {
            return operation;
        }
    }

    /** A JSON create; the differing request sets {@code field} to {@code otherValue}. */
    private static Request json(String path, Map<String, Object> body, String field, Object otherValue) {
        return (key, differing) -> {
            Map<String, Object> sent = new HashMap<>(body);
            if (differing) {
                sent.put(field, otherValue);
            }
            return given().header(Idempotency.KEY, key).contentType(ContentType.JSON).body(sent)
                    .when().post(path).andReturn();
        };
    }

    private static Map<String, Object> with(Map<String, Object> fields, String field, Object value) {
        fields.put(field, value);
        return fields;
    }

    static Stream<Create> creates() {
        return Stream.of(
                new Create("createCommittee", 201, "committee", w -> json("/api/v1/committees",
                        Fixtures.committeeFields(), "region", "另一市")),
                new Create("createSector", 201, "sector", w -> json("/api/v1/sectors",
                        Fixtures.sectorFields(w.committee), "name", Fixtures.unique("工商界"))),
                new Create("createTownship", 201, "township", w -> json("/api/v1/townships",
                        Fixtures.townshipFields(w.committee), "name", Fixtures.unique("王杨乡"))),
                new Create("createVillage", 201, "village", w -> json("/api/v1/villages",
                        Fixtures.villageFields(w.township), "name", Fixtures.unique("建设村"))),
                new Create("createPlatform", 201, "platform", w -> json("/api/v1/platforms",
                        Fixtures.platformFields(w.committee, Fixtures.township(w.committee)), "name",
                        Fixtures.unique("联合体"))),
                new Create("createGroup", 201, "member_group", w -> json("/api/v1/groups",
                        Fixtures.groupFields(w.committee), "liaisonName", "李建国")),
                new Create("createMember", 201, "member", w -> json("/api/v1/members",
                        Fixtures.memberFields(w.committee, w.sector), "gender", "MALE")),
                new Create("createStudio", 201, "studio", w -> json("/api/v1/studios",
                        Fixtures.studioFields(w.committee, w.township), "address", "村委会二楼")),
                new Create("createVisit", 201, "visit", w -> json("/api/v1/visits",
                        with(Fixtures.visitFields(w.committee, w.township, w.member), "date",
                                DAY.minusDays(1).toString()), "peopleReceived", 5)),
                new Create("createProposal", 201, "proposal", w -> json("/api/v1/proposals",
                        with(Fixtures.proposalFields(w.committee, w.member, w.otherMember), "filedOn",
                                DAY.minusDays(1).toString()), "category", "SOCIETY")),
                new Create("createActivity", 201, "activity", w -> json("/api/v1/activities",
                        with(Fixtures.activityFields(w.committee, w.member), "date", DAY.minusDays(1).toString()),
                        "peopleReached", 20)),
                new Create("createAccount", 201, "account", w -> json("/api/v1/accounts",
                        accountFields(w.committee), "displayName", "另一位")),
                new Create("createApiToken", 201, "api_token", w -> json("/api/v1/api-tokens",
                        apiTokenFields(w.committee), "role", "OFFICE")),
                new Create("createDutyTurn", 201, "duty_turn", w -> json("/api/v1/duty-turns",
                        Map.of("platformId", w.platform, "memberId", w.member,
                                "month", YearMonth.from(DAY).plusMonths(1).toString()),
                        "month", YearMonth.from(DAY).plusMonths(2).toString())),
                new Create("planDutyRoster", 200, "duty_turn", w -> json("/api/v1/duty-turns/roster",
                        Map.of("platformId", w.platform, "year", DAY.getYear() + 1, "save", true), "save", false)),
                new Create("createOpinionCategory", 201, "opinion_category", w -> json("/api/v1/opinion-categories",
                        Map.of("committeeId", w.committee, "name", Fixtures.unique("林下经济")), "sortOrder", 7)),
                new Create("createOpinion", 201, "opinion", w -> json("/api/v1/opinions",
                        opinionFields(w), "title", "路灯不亮（另一条）")),
                new Create("createConsultation", 201, "consultation", w -> json("/api/v1/consultations",
                        w.consultationFields(), "topic", Fixtures.unique("另一议题"))),
                new Create("createOutcome", 201, "outcome", w -> json("/api/v1/consultations/" + w.consultation()
                        + "/outcomes", Map.of("text", "抗联食堂二月底前对外开放"), "text", "另一项成果")),
                new Create("createEvaluationRules", 201, "evaluation_rules", w -> json("/api/v1/evaluation-rules/"
                        + DAY.getYear() + "?committeeId=" + w.committee, Map.of("from", "TIELI"), "from", "YUETANG")),
                new Create("createAward", 201, "award", w -> json("/api/v1/awards", Map.of("committeeId", w.committee,
                        "memberId", w.member, "year", DAY.getYear(), "title", Fixtures.unique("优秀政协委员"),
                        "awardedOn", DAY.minusDays(1).toString()), "note", "经主席会议研究决定")),
                new Create("createEvaluationAdjustment", 201, "evaluation_adjustment", w -> json(
                        "/api/v1/evaluation-adjustments", Map.of("memberId", w.member, "year", DAY.getYear(),
                        "amount", 2, "reason", "接待日漏录，经核实补加"), "reason", "另一原因")),
                new Create("createEvaluationObjection", 201, "evaluation_objection", IdempotencyTest::objection),
                new Create("importMembers", 200, "member", IdempotencyTest::roster));
    }

    private static Map<String, Object> accountFields(long committee) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("username", Fixtures.unique("office-"));
        fields.put("displayName", "委员工作处");
        fields.put("role", "OFFICE");
        fields.put("committeeId", committee);
        fields.put("password", Auth.PASSWORD);
        return fields;
    }

    /** API tokens expire by the real date (sessions and tokens do not follow the office clock). */
    private static Map<String, Object> apiTokenFields(long committee) {
        return Map.of("name", Fixtures.unique("统计脚本"), "role", "REPORTER", "committeeId", committee,
                "expiresOn", LocalDate.now(OfficeClock.ZONE).plusDays(30).toString());
    }

    private static Map<String, Object> opinionFields(World w) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("committeeId", w.committee);
        fields.put("title", "路灯不亮");
        fields.put("content", "小区路灯损坏");
        fields.put("categoryId", w.category);
        fields.put("collectedOn", DAY.minusDays(3).toString());
        fields.put("townshipId", w.township);
        fields.put("villageId", w.village);
        fields.put("source", "OTHER");
        fields.put("memberIds", List.of(w.member));
        return fields;
    }

    /** A member objecting to the year's computed breakdown; the differing request names another item. */
    private static Request objection(World w) {
        String member = Auth.signedIn(cn.cppcc.liaison.kernel.Role.MEMBER, w.committee, w.member, null);
        String year = String.valueOf(DAY.getYear());
        given().contentType(ContentType.JSON).body(Map.of("from", "TIELI")).queryParam("committeeId", w.committee)
                .when().post("/api/v1/evaluation-rules/" + year).then().statusCode(201);
        given().queryParam("committeeId", w.committee).when().post("/api/v1/evaluations/" + year + "/compute")
                .then().statusCode(200).body("members", equalTo(2));
        return (key, differing) -> Auth.as(member).header(Idempotency.KEY, key).contentType(ContentType.JSON)
                .body(Map.of("year", DAY.getYear(), "item", differing ? "OTHER" : "VISIT", "reason", "接待人次少算"))
                .when().post("/api/v1/evaluation-objections").andReturn();
    }

    /** A real import of two members; the differing request is another file. */
    private static Request roster(World w) {
        String sector = (String) w.sectorFields.get("name");
        String file = "姓名,性别,界别\r\n" + Fixtures.unique("汪淳") + ",男," + sector + "\r\n"
                + Fixtures.unique("王茜") + ",女," + sector + "\r\n";
        String other = "姓名,性别,界别\r\n" + Fixtures.unique("刘敏") + ",女," + sector + "\r\n";
        return (key, differing) -> given().header(Idempotency.KEY, key).contentType("text/csv")
                .body((differing ? other : file).getBytes(StandardCharsets.UTF_8))
                .queryParam("committeeId", w.committee).queryParam("dryRun", false)
                .when().post("/api/v1/members/import").andReturn();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("creates")
    void aRetryWithTheSameKeyAnswersTheFirstTimeAndCreatesNothing(Create create) throws Exception {
        Request request = create.prepare().apply(new World());
        String key = UUID.randomUUID().toString();
        long before = count(create.table());

        Response first = request.send(key, false);
        assertEquals(create.status(), first.statusCode(), first.asString());
        assertNull(first.header(Idempotency.REPLAYED));
        long created = count(create.table());
        assertTrue(created > before, "the first request creates");

        Response again = request.send(key, false);
        assertEquals(create.status(), again.statusCode(), again.asString());
        assertEquals("true", again.header(Idempotency.REPLAYED));
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(first.header("ETag"), again.header("ETag"));
        assertEquals(withoutSecret(create, first), JSON.readTree(again.asString()));
        assertEquals(created, count(create.table()), "the retry creates nothing");

        assertProblem(request.send(key, true).then(), 422, "idempotency-key-reused")
                .body("errors[0].field", equalTo(Idempotency.KEY));
        assertEquals(created, count(create.table()), "the refused request creates nothing");
    }

    /** The secret of an API token is shown once: a retry gets the same token without it. */
    private static JsonNode withoutSecret(Create create, Response first) throws Exception {
        JsonNode body = JSON.readTree(first.asString());
        if (create.operation().equals("createApiToken")) {
            assertNotNull(body.get("secret"));
            ((ObjectNode) body).remove("secret");
        }
        return body;
    }

    @Test
    void everyCreateOfferingTheKeyIsExercisedAbove() throws Exception {
        Set<String> offered = new TreeSet<>();
        for (ContractOperations.Operation op : ContractOperations.all()) {
            if (op.node().path("parameters").findValuesAsText("$ref")
                    .contains("#/components/parameters/IdempotencyKey")) {
                offered.add(op.operationId());
            }
        }
        Set<String> exercised = new TreeSet<>(creates().map(Create::operation).toList());
        assertEquals(offered, exercised);
    }

    @Test
    void twentyRetriesRacingEachOtherCreateOneMember() throws Exception {
        World world = new World();
        Map<String, Object> fields = Fixtures.memberFields(world.committee, world.sector);
        String key = UUID.randomUUID().toString();
        long before = count("member");
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(() -> given().header(Idempotency.KEY, key).contentType(ContentType.JSON).body(fields)
                    .when().post("/api/v1/members").andReturn());
        }
        List<Response> answers = Parallel.run(calls);
        answers.forEach(a -> assertEquals(201, a.statusCode(), a.asString()));
        assertEquals(1, answers.stream().map(a -> a.jsonPath().getLong("id")).distinct().count(), "one id for all");
        assertEquals(1, answers.stream().filter(a -> a.header(Idempotency.REPLAYED) == null).count(),
                "one answer is the first, the others replay it");
        assertEquals(before + 1, count("member"));
    }

    @Test
    void aFirstRequestThatFailsLeavesTheKeyFree() {
        World world = new World();
        Map<String, Object> fields = Fixtures.sectorFields(world.committee);
        fields.put("name", world.sectorFields.get("name"));
        String key = UUID.randomUUID().toString();
        assertProblem(given().header(Idempotency.KEY, key).contentType(ContentType.JSON).body(fields)
                .when().post("/api/v1/sectors").then(), 409, "duplicate");

        fields.put("name", Fixtures.unique("工商界"));
        given().header(Idempotency.KEY, key).contentType(ContentType.JSON).body(fields)
                .when().post("/api/v1/sectors")
                .then().statusCode(201).header(Idempotency.REPLAYED, (String) null);
    }

    @Test
    void aKeyBelongsToItsOperation() {
        World world = new World();
        String key = UUID.randomUUID().toString();
        given().header(Idempotency.KEY, key).contentType(ContentType.JSON).body(Fixtures.sectorFields(world.committee))
                .when().post("/api/v1/sectors").then().statusCode(201);
        given().header(Idempotency.KEY, key).contentType(ContentType.JSON)
                .body(Fixtures.townshipFields(world.committee))
                .when().post("/api/v1/townships")
                .then().statusCode(201).header(Idempotency.REPLAYED, (String) null);
    }

    @Test
    void aRetriedAccountDifferingOnlyInItsPasswordGetsTheFirstAccount() {
        Map<String, Object> fields = accountFields(new World().committee);
        String key = UUID.randomUUID().toString();
        long id = given().header(Idempotency.KEY, key).contentType(ContentType.JSON).body(fields)
                .when().post("/api/v1/accounts").then().statusCode(201).extract().jsonPath().getLong("id");

        Map<String, Object> retried = new HashMap<>(fields);
        retried.put("password", "Another2026pass");
        given().header(Idempotency.KEY, key).contentType(ContentType.JSON).body(retried)
                .when().post("/api/v1/accounts")
                .then().statusCode(201).header(Idempotency.REPLAYED, "true").body("id", equalTo((int) id));
        Auth.signIn((String) fields.get("username"), Auth.PASSWORD);
    }

    @Test
    void aMalformedKeyIsRefusedBeforeAnythingIsCreated() throws Exception {
        World world = new World();
        long before = count("sector");
        for (String key : List.of("with space", "x".repeat(201))) {
            assertProblem(Fixtures.broken().header(Idempotency.KEY, key).contentType(ContentType.JSON)
                    .body(Fixtures.sectorFields(world.committee)).when().post("/api/v1/sectors").then(),
                    400, "validation")
                    .body("errors[0].field", equalTo(Idempotency.KEY));
        }
        assertEquals(before, count("sector"));
    }

    private static long count(String table) throws SQLException {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
