package cn.cppcc.liaison.opinion;

import static cn.cppcc.liaison.opinion.OpinionWorld.OPINIONS;
import static cn.cppcc.liaison.opinion.OpinionWorld.TODAY;
import static cn.cppcc.liaison.opinion.OpinionWorld.valid;
import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static cn.cppcc.liaison.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cppcc.liaison.kernel.Role;
import cn.cppcc.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpinionResourceTest {

    @jakarta.inject.Inject
    cn.cppcc.liaison.kernel.OfficeClock clock;

    @Test
    void anOpinionFromAVisitIsRecordedAndSubmittedInOneRequest() {
        OpinionWorld world = new OpinionWorld();
        long visit = Fixtures.visit(world.committee, world.township, world.member, world.groupMate);
        Map<String, Object> fields = world.fields("建设村通村道路破损", "通村道路多处破损，雨天积水，村民出行不便",
                world.member, world.groupMate);
        fields.putAll(Map.of("source", "VISIT", "visitId", visit, "submit", true));

        long id = given().contentType(ContentType.JSON).body(fields).when().post(OPINIONS)
                .then().statusCode(201).header("ETag", "\"0\"")
                .body("status", equalTo("SUBMITTED"))
                .body("visitId", equalTo((int) visit))
                .body("categoryName", equalTo("基础设施"))
                .body("villageId", equalTo((int) world.village))
                .body("submitters.id", containsInAnyOrder((int) world.member, (int) world.groupMate))
                .body("raisedByName", equalTo("李大山"))
                .body("personalDataMasked", equalTo(false))
                .extract().jsonPath().getLong("id");

        given().when().get(OPINIONS + "/" + id + "/history")
                .then().statusCode(200)
                .body("items.action", contains("CREATE", "SUBMIT"))
                .body("items.toStatus", contains("DRAFT", "SUBMITTED"))
                .body("items[1].fromStatus", equalTo("DRAFT"))
                .body("items[0].actor", equalTo("test-admin"));
        given().queryParam("visitId", visit).when().get(OPINIONS)
                .then().statusCode(200).body("items.id", contains((int) id));
    }

    @Test
    void everyWrongFieldOfAnOpinionComesBackInOneAnswer() {
        OpinionWorld world = new OpinionWorld();
        Map<String, Object> fields = world.fields("路灯不亮", "小区路灯损坏");
        fields.put("collectedOn", TODAY.plusYears(1).toString());
        fields.put("townshipId", Fixtures.township(world.parent));
        fields.put("categoryId", 999_999_999);
        fields.put("studioId", Fixtures.studio(world.committee, world.township));
        assertProblem(given().contentType(ContentType.JSON).body(fields).when().post(OPINIONS).then(), 400, "validation")
                .body("errors.field", containsInAnyOrder("collectedOn", "townshipId", "categoryId", "studioId"));
        given().queryParam("committeeId", world.committee).when().get(OPINIONS).then().body("total", equalTo(0));
    }

    @Test
    void theSourceNamesTheRecordItCameFromAndNothingElse() {
        OpinionWorld world = new OpinionWorld();
        Map<String, Object> fields = world.fields("路灯不亮", "小区路灯损坏");
        fields.put("source", "VISIT");
        assertFieldError(given().contentType(ContentType.JSON).body(fields).when().post(OPINIONS).then(), "visitId");
        fields.put("source", "ONLINE");
        fields.put("visitId", Fixtures.visit(world.committee, world.township, world.member));
        assertFieldError(given().contentType(ContentType.JSON).body(fields).when().post(OPINIONS).then(), "visitId");
        fields.remove("visitId");
        fields.put("source", "DUTY_TURN");
        assertFieldError(given().contentType(ContentType.JSON).body(fields).when().post(OPINIONS).then(), "dutyTurnId");
        fields.put("source", "STUDIO");
        fields.put("studioId", Fixtures.studio(world.committee, world.township));
        given().contentType(ContentType.JSON).body(fields).when().post(OPINIONS).then().statusCode(201)
                .body("studioName", not(nullValue()));
    }

    @Test
    void placeDateCategoryAndMembersMustFitTheCommittee() {
        OpinionWorld world = new OpinionWorld();
        OpinionWorld other = new OpinionWorld();
        Map<String, Object> fields = world.fields("路灯不亮", "小区路灯损坏");
        fields.put("collectedOn", TODAY.plusDays(1).toString());
        assertFieldError(given().contentType(ContentType.JSON).body(fields).when().post(OPINIONS).then(), "collectedOn");
        fields = world.fields("路灯不亮", "小区路灯损坏");
        fields.put("villageId", Fixtures.village(world.otherTownship));
        assertFieldError(given().contentType(ContentType.JSON).body(fields).when().post(OPINIONS).then(), "villageId");
        fields = world.fields("路灯不亮", "小区路灯损坏");
        fields.put("categoryId", other.category);
        assertFieldError(given().contentType(ContentType.JSON).body(fields).when().post(OPINIONS).then(), "categoryId");
        fields = world.fields("路灯不亮", "小区路灯损坏", other.member);
        assertFieldError(given().contentType(ContentType.JSON).body(fields).when().post(OPINIONS).then(), "memberIds[0]");
        fields = world.fields("路灯不亮", "小区路灯损坏");
        fields.put("raisedByPhone", "电话13812341234");
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(fields).when().post(OPINIONS).then(),
                "raisedByPhone");
        fields = world.fields("路灯不亮", "小区路灯损坏");
        fields.put("source", "BY_PIGEON");
        assertProblem(Fixtures.broken().contentType(ContentType.JSON).body(fields).when().post(OPINIONS).then(),
                400, "validation");
        fields = world.fields("路".repeat(101), "小区路灯损坏");
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(fields).when().post(OPINIONS).then(),
                "title");
        given().queryParam("committeeId", world.committee).when().get(OPINIONS)
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void membersRecordTheirOwnAndLeadsTheirGroupsOpinions() {
        OpinionWorld world = new OpinionWorld();
        world.as(Role.MEMBER).contentType(ContentType.JSON).body(world.fields("路灯不亮", "路灯损坏"))
                .when().post(OPINIONS).then().statusCode(201).body("recordedBy", containsString("member"));
        assertProblem(world.as(Role.MEMBER).contentType(ContentType.JSON)
                .body(world.fields("路灯不亮", "路灯损坏", world.groupMate)).when().post(OPINIONS).then(), 403, "forbidden");
        world.as(Role.CONVENOR).contentType(ContentType.JSON)
                .body(world.fields("路灯不亮", "路灯损坏", world.groupMate)).when().post(OPINIONS).then().statusCode(201);
        assertProblem(world.as(Role.CONVENOR).contentType(ContentType.JSON)
                .body(world.fields("路灯不亮", "路灯损坏", world.outsider)).when().post(OPINIONS).then(), 403, "forbidden");
        assertProblem(world.as(Role.REPORTER).contentType(ContentType.JSON)
                .body(world.fields("路灯不亮", "路灯损坏")).when().post(OPINIONS).then(), 403, "forbidden");
    }

    @Test
    void anOpinionTravelsFromDraftToASatisfiedCloseAndEveryStepIsKept() {
        OpinionWorld world = new OpinionWorld();
        long id = world.draft("建设村通村道路破损", "通村道路多处破损");
        world.act(world.as(Role.MEMBER), id, valid("SUBMIT", null)).statusCode(200).body("status", equalTo("SUBMITTED"));
        world.act(world.as(Role.OFFICE), id, valid("ACCEPT", null)).statusCode(200);
        world.act(world.as(Role.OFFICE), id, Map.of("action", "ASSIGN", "assignedUnit", "测试市交通运输局",
                "dueDate", TODAY.plusDays(20).toString(), "note", "请二十天内修复"))
                .statusCode(200).body("assignedUnit", equalTo("测试市交通运输局")).body("overdue", equalTo(false));
        world.act(world.as(Role.OFFICE), id, valid("START", null)).statusCode(200);
        world.act(world.as(Role.OFFICE), id, Map.of("action", "PROGRESS", "note", "已完成现场勘察")).statusCode(200);
        world.act(world.as(Role.OFFICE), id, Map.of("action", "RESOLVE", "resolution", "已完成 2.3 公里路面修补",
                "resolvedOn", TODAY.toString())).statusCode(200)
                .body("awaitingConfirmation", equalTo(true)).body("solved", equalTo(false));
        world.act(world.as(Role.OFFICE), id, Map.of("action", "CLOSE", "feedback", "SATISFIED")).statusCode(200)
                .body("status", equalTo("CLOSED")).body("solved", equalTo(true)).body("actions.action", contains("REOPEN", "FORWARD"));

        given().when().get(OPINIONS + "/" + id + "/history").then().statusCode(200)
                .body("items.action", contains("CREATE", "SUBMIT", "ACCEPT", "ASSIGN", "START", "PROGRESS", "RESOLVE",
                        "CLOSE"))
                .body("items.fromStatus", contains(null, "DRAFT", "SUBMITTED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS",
                        "IN_PROGRESS", "RESOLVED"))
                .body("items[1].actor", containsString("member"))
                .body("items[3].note", equalTo("请二十天内修复"))
                .body("items[3].dueDate", equalTo(TODAY.plusDays(20).toString()))
                .body("items[5].note", equalTo("已完成现场勘察"))
                .body("items[6].note", equalTo("已完成 2.3 公里路面修补"))
                .body("items[7].feedback", equalTo("SATISFIED"));
    }

    @Test
    void eachActionAsksForWhatItNeedsAndRefusesWhatItDoesNot() {
        OpinionWorld world = new OpinionWorld();
        long submitted = world.inState(OpinionStatus.SUBMITTED);
        assertFieldError(world.act(Fixtures.broken(), submitted, Map.of("action", "REJECT")), "reason");
        assertFieldError(world.act(Fixtures.broken(), submitted, Map.of("action", "ACCEPT", "feedback", "SATISFIED")), "feedback");
        long accepted = world.inState(OpinionStatus.ACCEPTED);
        assertFieldError(world.act(Fixtures.broken(), accepted, Map.of("action", "ASSIGN", "dueDate", TODAY.toString())), "assignedUnit");
        assertFieldError(world.act(Fixtures.broken(), accepted, Map.of("action", "ASSIGN", "assignedUnit", "交通局")), "dueDate");
        assertFieldError(world.act(accepted, Map.of("action", "ASSIGN", "assignedUnit", "交通局",
                "dueDate", TODAY.minusYears(1).toString())), "dueDate");
        long assigned = world.inState(OpinionStatus.ASSIGNED);
        assertFieldError(world.act(assigned, Map.of("action", "RESOLVE", "resolution", "已修复",
                "resolvedOn", TODAY.plusDays(1).toString())), "resolvedOn");
        long resolved = world.inState(OpinionStatus.RESOLVED);
        assertFieldError(world.act(Fixtures.broken(), resolved, Map.of("action", "CLOSE")), "feedback");
        assertFieldError(world.act(Fixtures.broken(), resolved, Map.of("action", "REOPEN")), "note");
        assertProblem(Fixtures.broken().contentType(ContentType.JSON).body(Map.of("action", "TELEPORT"))
                .when().post(OPINIONS + "/" + resolved + "/transitions").then(), 400, "validation");
        assertProblem(world.act(given().header("If-Match", "\"0\""), resolved,
                Map.of("action", "CLOSE", "feedback", "SATISFIED")), 409, "stale-version");
        given().when().get(OPINIONS + "/" + resolved).then().body("status", equalTo("RESOLVED"));
    }

    @Test
    void anEditCannotMoveTheCollectionAfterTheDueDateAlreadySet() {
        OpinionWorld world = new OpinionWorld();
        Map<String, Object> fields = world.fields("路灯不亮", "小区路灯损坏");
        fields.put("collectedOn", TODAY.minusDays(40).toString());
        fields.put("submit", true);
        long id = world.create(fields);
        world.act(id, Map.of("action", "ACCEPT")).statusCode(200);
        world.act(id, Map.of("action", "ASSIGN", "assignedUnit", "交通局", "dueDate", TODAY.minusDays(30).toString()))
                .statusCode(200);
        fields.remove("submit");
        fields.put("collectedOn", TODAY.minusDays(20).toString());
        assertFieldError(given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(fields)
                .when().put(OPINIONS + "/" + id).then(), "collectedOn");
    }

    @Test
    void anUnsatisfiedCloseIsNotSolvedAndReopensToTheUnit() {
        OpinionWorld world = new OpinionWorld();
        long id = world.inState(OpinionStatus.RESOLVED);
        world.act(id, Map.of("action", "CLOSE", "feedback", "UNSATISFIED")).statusCode(200)
                .body("solved", equalTo(false)).body("awaitingConfirmation", equalTo(false));
        world.act(id, Map.of("action", "REOPEN", "note", "群众反映仍有积水", "dueDate", TODAY.plusDays(10).toString()))
                .statusCode(200).body("status", equalTo("ASSIGNED")).body("feedback", nullValue())
                .body("resolution", nullValue()).body("dueDate", equalTo(TODAY.plusDays(10).toString()))
                .body("assignedUnit", equalTo("测试市交通运输局"));
    }

    @Test
    void solvedMeansConfirmedBySatisfactionOrByThirtyQuietDaysFromTheDayTheResolutionWasEntered() {
        java.time.LocalDate start = java.time.LocalDate.of(2026, 3, 2);
        clock.setToday(start);
        OpinionWorld world = new OpinionWorld();
        long quiet = resolved(world, start.minusDays(10));
        clock.setToday(start.plusDays(1));
        long recent = resolved(world, start.plusDays(1));
        java.time.LocalDate today = start.plusDays(30);
        clock.setToday(today);
        long satisfied = resolved(world, today.minusDays(2));
        world.act(satisfied, Map.of("action", "CLOSE", "feedback", "SATISFIED")).statusCode(200);
        long basically = resolved(world, today.minusDays(2));
        world.act(basically, Map.of("action", "CLOSE", "feedback", "BASICALLY_SATISFIED")).statusCode(200);
        long unsatisfied = resolved(world, today.minusDays(2));
        world.act(unsatisfied, Map.of("action", "CLOSE", "feedback", "UNSATISFIED")).statusCode(200);
        // Dated a month back but entered today: its quiet period starts today, not on the date it gives.
        long backdated = resolved(world, start);
        world.inState(OpinionStatus.DRAFT);
        world.inState(OpinionStatus.MERGED);

        given().queryParam("committeeId", world.committee).when().get(OPINIONS + "/summary")
                .then().statusCode(200)
                // The merged duplicate counts once, through the opinion it joined; the draft not at all.
                .body("collected", equalTo(7))
                .body("solved", equalTo(3))
                .body("awaitingConfirmation", equalTo(2))
                .body("confirmAfterDays", equalTo(30))
                .body("byStatus.CLOSED", equalTo(3))
                .body("byStatus.RESOLVED", equalTo(3))
                .body("byStatus.DRAFT", nullValue())
                .body("byCategory[0].collected", equalTo(7))
                .body("byCategory[0].solved", equalTo(3));
        given().queryParam("committeeId", world.committee).queryParam("solved", true).when().get(OPINIONS)
                .then().statusCode(200).body("items.id", containsInAnyOrder((int) satisfied, (int) basically, (int) quiet));
        // Solved in a period means its confirmation or its quiet period's end fell in it.
        given().queryParams(Map.of("committeeId", world.committee, "from", start.toString(), "to",
                today.minusDays(1).toString())).when().get(OPINIONS + "/summary").then().body("solved", equalTo(0));
        given().queryParams(Map.of("committeeId", world.committee, "figure", "SOLVED", "from", today.toString(), "to",
                today.toString())).when().get(OPINIONS).then().body("total", equalTo(3));
        given().when().get(OPINIONS + "/" + recent).then().body("awaitingConfirmation", equalTo(true))
                .body("solved", equalTo(false));
        given().when().get(OPINIONS + "/" + backdated).then().body("awaitingConfirmation", equalTo(true))
                .body("solved", equalTo(false));
        given().when().get(OPINIONS + "/" + unsatisfied).then().body("solved", equalTo(false));
        clock.setToday(today.plusDays(1));
        given().when().get(OPINIONS + "/" + recent).then().body("solved", equalTo(true));
    }

    private long resolved(OpinionWorld world, java.time.LocalDate on) {
        Map<String, Object> fields = world.fields(Fixtures.unique("路灯不亮"), "路灯损坏");
        fields.put("collectedOn", on.minusDays(5).toString());
        long id = world.create(fields);
        for (String action : List.of("SUBMIT", "ACCEPT")) {
            world.act(id, valid(action, null)).statusCode(200);
        }
        world.act(id, Map.of("action", "ASSIGN", "assignedUnit", "测试市城管局", "dueDate",
                clock.today().plusDays(30).toString())).statusCode(200);
        world.act(id, Map.of("action", "RESOLVE", "resolution", "已修复", "resolvedOn", on.toString())).statusCode(200);
        return id;
    }

    @Test
    void assignedOpinionsPastTheirDueDateAreOverdue() {
        OpinionWorld world = new OpinionWorld();
        Map<String, Object> fields = world.fields("排水沟堵塞", "排水沟堵塞，雨天倒灌");
        fields.put("collectedOn", TODAY.minusDays(60).toString());
        long late = world.create(fields);
        for (String action : List.of("SUBMIT", "ACCEPT")) {
            world.act(late, valid(action, null)).statusCode(200);
        }
        world.act(late, Map.of("action", "ASSIGN", "assignedUnit", "测试市水务局", "dueDate",
                TODAY.minusDays(1).toString())).statusCode(200).body("overdue", equalTo(true));
        long onTime = world.inState(OpinionStatus.ASSIGNED);
        long resolved = world.inState(OpinionStatus.RESOLVED);

        given().queryParam("committeeId", world.committee).queryParam("overdue", true).when().get(OPINIONS)
                .then().statusCode(200).body("items.id", contains((int) late));
        given().queryParam("committeeId", world.committee).queryParam("overdue", false).when().get(OPINIONS)
                .then().statusCode(200).body("items.id", containsInAnyOrder((int) onTime, (int) resolved));
        given().queryParam("committeeId", world.committee).when().get(OPINIONS + "/summary")
                .then().body("overdue", equalTo(1));
    }

    @Test
    void listsFilterByStatusCategoryPlaceMemberSourceAndPeriod() {
        OpinionWorld world = new OpinionWorld();
        long assigned = world.inState(OpinionStatus.ASSIGNED);
        long inProgress = world.inState(OpinionStatus.IN_PROGRESS);
        long draft = world.inState(OpinionStatus.DRAFT);
        Map<String, Object> fields = world.fields("农产品销售难", "蓝莓滞销", world.groupMate);
        long education = given().queryParam("committeeId", world.committee).queryParam("size", 50)
                .when().get("/api/v1/opinion-categories").then().extract().jsonPath()
                .getLong("items.find { it.name == '教育' }.id");
        fields.putAll(Map.of("townshipId", world.otherTownship, "categoryId", education, "source", "ONLINE",
                "collectedOn", TODAY.minusDays(100).toString()));
        fields.remove("villageId");
        long other = world.create(fields);

        given().queryParam("committeeId", world.committee).queryParam("status", "ASSIGNED")
                .queryParam("status", "IN_PROGRESS").when().get(OPINIONS)
                .then().statusCode(200).body("items.id", containsInAnyOrder((int) assigned, (int) inProgress));
        given().queryParam("categoryId", education).when().get(OPINIONS)
                .then().statusCode(200).body("items.id", contains((int) other));
        given().queryParam("townshipId", world.township).queryParam("sort", "id").when().get(OPINIONS)
                .then().statusCode(200).body("items.id", contains((int) assigned, (int) inProgress, (int) draft));
        given().queryParam("memberId", world.groupMate).when().get(OPINIONS)
                .then().statusCode(200).body("items.id", contains((int) other));
        given().queryParam("committeeId", world.committee).queryParam("source", "ONLINE").when().get(OPINIONS)
                .then().statusCode(200).body("items.id", contains((int) other));
        given().queryParam("committeeId", world.committee).queryParam("from", TODAY.minusDays(101).toString())
                .queryParam("to", TODAY.minusDays(99).toString()).when().get(OPINIONS)
                .then().statusCode(200).body("items.id", contains((int) other));
        given().queryParam("committeeId", world.committee).queryParam("size", 2).queryParam("page", 2)
                .queryParam("sort", "-collectedOn").when().get(OPINIONS)
                .then().statusCode(200).body("total", equalTo(4)).body("items.id", contains((int) assigned, (int) other));
        assertFieldError(given().queryParam("from", "2026-03-02").queryParam("to", "2026-03-01").when().get(OPINIONS)
                .then(), "to");
    }

    @Test
    void searchFindsTwoCharacterChineseWordsInTitleOrContent() {
        OpinionWorld world = new OpinionWorld();
        long road = world.draft("建设村通村道路破损", "雨天积水，村民出行不便");
        long network = world.draft("山区学校信号差", "希望改善学校网络覆盖，方便孩子上网课");
        long wifi = world.draft("社区活动中心 WiFi 太慢", "老年人学用智能手机需要网速");
        long reversed = world.draft("路道两旁杂草", "清理杂草");
        String committee = String.valueOf(world.committee);

        given().queryParam("committeeId", committee).queryParam("q", "道路").when().get(OPINIONS)
                .then().statusCode(200).body("items.id", contains((int) road));
        given().queryParam("committeeId", committee).queryParam("q", "网络").when().get(OPINIONS)
                .then().statusCode(200).body("items.id", contains((int) network));
        given().queryParam("committeeId", committee).queryParam("q", "wifi").when().get(OPINIONS)
                .then().statusCode(200).body("items.id", contains((int) wifi));
        given().queryParam("committeeId", committee).queryParam("q", "上网课").when().get(OPINIONS)
                .then().statusCode(200).body("items.id", contains((int) network));
        given().queryParam("committeeId", committee).queryParam("q", "网").when().get(OPINIONS)
                .then().statusCode(200).body("items.id", containsInAnyOrder((int) network, (int) wifi));
        given().queryParam("committeeId", committee).queryParam("q", "杂草").when().get(OPINIONS)
                .then().statusCode(200).body("items.id", contains((int) reversed));
        given().queryParam("committeeId", committee).queryParam("q", "桥梁").when().get(OPINIONS)
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("committeeId", committee).queryParam("q", "100%_").when().get(OPINIONS)
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void similarOpenOpinionsOfTheSameTownshipAreSuggestedMostAlikeFirst() {
        OpinionWorld world = new OpinionWorld();
        long close = world.draft("建设村通村道路破损严重", "建设村至乡里的通村道路多处破损，雨天积水");
        long looser = world.draft("通村道路有破损", "雨天积水路难走");
        world.act(looser, valid("SUBMIT", null)).statusCode(200);
        long done = world.inState(OpinionStatus.CLOSED);
        Map<String, Object> elsewhere = world.fields("建设村通村道路破损严重", "建设村至乡里的通村道路多处破损");
        elsewhere.put("townshipId", world.otherTownship);
        elsewhere.remove("villageId");
        long otherTownship = world.create(elsewhere);
        world.draft("学校食堂饭菜质量差", "希望加强监管");

        List<Integer> ids = given().queryParam("townshipId", world.township)
                .queryParam("text", "建设村通村道路破损，雨天积水出行难").when().get(OPINIONS + "/similar")
                .then().statusCode(200).extract().jsonPath().getList("items.id", Integer.class);
        assertEquals((int) close, ids.get(0));
        assertTrue(ids.contains((int) looser));
        assertFalse(ids.contains((int) done));
        assertFalse(ids.contains((int) otherTownship));
        given().queryParam("townshipId", world.township).queryParam("text", "建设村通村道路破损严重")
                .queryParam("excludeId", close).when().get(OPINIONS + "/similar")
                .then().statusCode(200).body("items.id", not(hasItem((int) close)));
        assertFieldError(Fixtures.broken().queryParam("text", "道路").when().get(OPINIONS + "/similar").then(), "townshipId");
    }

    @Test
    void aDuplicateMergedIntoAnotherGivesItsMembersCreditThere() {
        OpinionWorld world = new OpinionWorld();
        long first = world.create(world.fields("路灯不亮", "小区路灯损坏"));
        long duplicate = world.create(world.fields("小区路灯坏了", "晚上出行不便", world.groupMate));
        world.act(first, valid("SUBMIT", null)).statusCode(200);
        world.act(duplicate, valid("SUBMIT", null)).statusCode(200);
        world.act(duplicate, Map.of("action", "MERGE", "mergeIntoId", first, "note", "与前一件重复"))
                .statusCode(200).body("status", equalTo("MERGED")).body("mergedIntoId", equalTo((int) first));
        given().when().get(OPINIONS + "/" + first).then()
                .body("submitters.id", containsInAnyOrder((int) world.member, (int) world.groupMate));
        given().queryParam("memberId", world.groupMate).queryParam("status", "SUBMITTED").when().get(OPINIONS)
                .then().body("items.id", contains((int) first));
        given().queryParam("committeeId", world.committee).when().get(OPINIONS + "/summary")
                .then().body("collected", equalTo(1));
        assertFieldError(world.act(first, Map.of("action", "MERGE", "mergeIntoId", duplicate)), "mergeIntoId");
        assertFieldError(world.act(first, Map.of("action", "MERGE", "mergeIntoId", first)), "mergeIntoId");
    }

    @Test
    void aForwardedOpinionReachesTheParentWhoseAdoptionTheMemberSees() {
        OpinionWorld world = new OpinionWorld();
        long id = world.inState(OpinionStatus.ACCEPTED);
        world.asParentOffice().when().get(OPINIONS + "/" + id).then().statusCode(404);
        world.act(world.as(Role.OFFICE), id, Map.of("action", "FORWARD")).statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("forwarding.committeeId", equalTo((int) world.parent))
                .body("forwarding.adopted", equalTo(false));

        world.asParentOffice().queryParam("forwardedToId", world.parent).when().get(OPINIONS)
                .then().statusCode(200).body("items.id", contains((int) id))
                .body("items[0].actions.action", contains("ADOPT"));
        assertProblem(world.act(world.as(Role.OFFICE), id, Map.of("action", "ADOPT")), 409, "illegal-state");
        assertProblem(world.act(world.asParentOffice(), id, valid("ASSIGN", null)), 409, "illegal-state");
        world.act(world.asParentOffice(), id, Map.of("action", "ADOPT", "instruction", "请市交通运输局统筹解决"))
                .statusCode(200).body("forwarding.adopted", equalTo(true));

        world.as(Role.MEMBER).when().get(OPINIONS + "/" + id).then().statusCode(200)
                .body("forwarding.instruction", equalTo("请市交通运输局统筹解决"))
                .body("forwarding.adopted", equalTo(true));
        given().when().get(OPINIONS + "/" + id + "/history").then()
                .body("items.action", hasItem("ADOPT"))
                .body("items.find { it.action == 'FORWARD' }.committeeId", equalTo((int) world.parent));
        given().queryParam("committeeId", world.committee).when().get(OPINIONS + "/summary")
                .then().body("forwarded", equalTo(1)).body("adopted", equalTo(1));
        assertProblem(world.act(id, Map.of("action", "FORWARD")), 409, "illegal-state");
    }

    @Test
    void theRaiserIsShownToTheOfficeAndSubmittersAndMaskedForEveryoneElseExportsIncluded() {
        OpinionWorld world = new OpinionWorld();
        long id = world.create(world.fields("路灯不亮", "小区路灯损坏", world.member, world.groupMate));
        world.as(Role.OFFICE).when().get(OPINIONS + "/" + id).then().statusCode(200)
                .body("raisedByName", equalTo("李大山")).body("raisedByPhone", equalTo("13812341234"));
        world.as(Role.MEMBER).when().get(OPINIONS + "/" + id).then().statusCode(200)
                .body("raisedByPhone", equalTo("13812341234")).body("personalDataMasked", equalTo(false));
        world.as(Role.CONVENOR).when().get(OPINIONS + "/" + id).then().statusCode(200)
                .body("raisedByName", equalTo("李**")).body("raisedByPhone", equalTo("138****1234"))
                .body("personalDataMasked", equalTo(true));
        world.as(Role.REPORTER).queryParam("committeeId", world.committee).when().get(OPINIONS).then().statusCode(200)
                .body("items[0].raisedByPhone", equalTo("138****1234"));
        String csv = world.as(Role.REPORTER).queryParam("committeeId", world.committee).accept("text/csv")
                .when().get(OPINIONS + "/export").then().statusCode(200)
                .header("Content-Disposition", containsString("opinions-")).extract().asString();
        assertTrue(csv.contains("138****1234"), csv);
        assertFalse(csv.contains("13812341234"), csv);
        assertTrue(csv.contains("李**"), csv);
        String officeCsv = world.as(Role.OFFICE).queryParam("committeeId", world.committee).accept("text/csv")
                .when().get(OPINIONS + "/export").then().statusCode(200).extract().asString();
        assertTrue(officeCsv.startsWith("\uFEFF编号,标题"), officeCsv);
        assertTrue(officeCsv.contains("13812341234"), officeCsv);
        given().queryParam("recordType", "OPINION").queryParam("recordId", id).when().get("/api/v1/audit/reads")
                .then().statusCode(200).body("total", equalTo(3));
    }

    @Test
    void membersSeeOnlyTheirOwnLeadsTheirGroupsAndTheOfficeAll() {
        OpinionWorld world = new OpinionWorld();
        long mine = world.create(world.fields("路灯不亮", "路灯损坏"));
        long mate = world.create(world.fields("路面坑洼", "坑洼", world.groupMate));
        long outsider = world.create(world.fields("垃圾清运不及时", "清运", world.outsider));
        world.as(Role.MEMBER).when().get(OPINIONS).then().statusCode(200).body("items.id", contains((int) mine));
        world.as(Role.MEMBER).when().get(OPINIONS + "/" + mate).then().statusCode(404);
        world.as(Role.CONVENOR).queryParam("sort", "id").when().get(OPINIONS).then()
                .body("items.id", contains((int) mine, (int) mate));
        world.as(Role.OFFICE).queryParam("sort", "id").when().get(OPINIONS).then()
                .body("items.id", contains((int) mine, (int) mate, (int) outsider));
        world.asOutsider().when().get(OPINIONS + "/summary").then().statusCode(200).body("collected", equalTo(0));
        OpinionWorld other = new OpinionWorld();
        other.as(Role.OFFICE).when().get(OPINIONS + "/" + mine).then().statusCode(404);
        other.as(Role.OFFICE).when().get(OPINIONS).then().body("total", equalTo(0));
    }

    @Test
    void submittersEditUntilTheOfficeTakesTheOpinionUpAndOnlyDraftsAreDeleted() {
        OpinionWorld world = new OpinionWorld();
        long id = world.create(world.fields("路灯不亮", "路灯损坏"));
        Map<String, Object> fields = world.fields("路灯不亮", "路灯损坏，晚上出行不便");
        world.as(Role.MEMBER).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fields).when().put(OPINIONS + "/" + id)
                .then().statusCode(200).body("content", equalTo("路灯损坏，晚上出行不便")).body("version", equalTo(1));
        assertProblem(world.as(Role.MEMBER).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fields).when().put(OPINIONS + "/" + id)
                .then(), 409, "stale-version");
        world.act(id, valid("SUBMIT", null)).statusCode(200);
        assertProblem(world.as(Role.MEMBER).delete(OPINIONS + "/" + id).then(), 409, "illegal-state");
        world.act(id, valid("ACCEPT", null)).statusCode(200);
        assertProblem(world.as(Role.MEMBER).contentType(ContentType.JSON).header("If-Match", "\"3\"").body(fields).when().put(OPINIONS + "/" + id)
                .then(), 409, "illegal-state");
        world.as(Role.OFFICE).contentType(ContentType.JSON).header("If-Match", "\"3\"").body(fields).when().put(OPINIONS + "/" + id)
                .then().statusCode(200);

        long draft = world.create(world.fields("路灯不亮", "路灯损坏"));
        world.as(Role.MEMBER).delete(OPINIONS + "/" + draft).then().statusCode(204);
        given().when().get(OPINIONS + "/" + draft).then().statusCode(404);
    }

    @Test
    void categoriesBelongToTheCommitteeAndOnlyUnusedOnesAreDeleted() {
        OpinionWorld world = new OpinionWorld();
        given().queryParam("committeeId", world.committee).when().get("/api/v1/opinion-categories")
                .then().statusCode(200).body("total", equalTo(7))
                .body("items.name", contains("基础设施", "农业农村", "教育", "医疗", "社会保障", "营商环境", "其他"));
        Map<String, Object> fields = new HashMap<>(Map.of("committeeId", world.committee, "name", "生态环境",
                "sortOrder", 70));
        long ecology = Fixtures.create("/api/v1/opinion-categories", fields);
        assertProblem(given().contentType(ContentType.JSON).body(fields).when().post("/api/v1/opinion-categories")
                .then(), 409, "duplicate");
        fields.put("name", "生态环保");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fields).when().put("/api/v1/opinion-categories/" + ecology)
                .then().statusCode(200).body("name", equalTo("生态环保"));
        world.draft("路灯不亮", "路灯损坏");
        assertProblem(given().when().delete("/api/v1/opinion-categories/" + world.category).then(), 409, "in-use")
                .body("references[0].count", equalTo(1));
        given().when().delete("/api/v1/opinion-categories/" + ecology).then().statusCode(204);
        assertProblem(world.as(Role.MEMBER).contentType(ContentType.JSON).body(fields)
                .when().post("/api/v1/opinion-categories").then(), 403, "forbidden");
    }
}
