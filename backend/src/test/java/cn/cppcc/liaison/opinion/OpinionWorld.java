package cn.cppcc.liaison.opinion;

import static io.restassured.RestAssured.given;

import cn.cppcc.liaison.kernel.Role;
import cn.cppcc.liaison.support.Auth;
import cn.cppcc.liaison.support.Fixtures;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A committee under a parent committee, with a township and village, an activity group of two members, a third
 * member outside it, and accounts for each role: the place every opinion test starts from.
 */
final class OpinionWorld {

    static final String OPINIONS = "/api/v1/opinions";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    /** The office's today, which a test may have moved. */
    static LocalDate today() {
        return io.quarkus.arc.Arc.container().instance(cn.cppcc.liaison.kernel.OfficeClock.class).get().today();
    }

    final long parent;
    final long committee;
    final long township;
    final long otherTownship;
    final long village;
    final long group;
    final long member;
    final long groupMate;
    final long outsider;
    final long category;
    private final Map<Role, String> tokens = new HashMap<>();
    private String outsiderToken;
    private String parentOfficeToken;

    OpinionWorld() {
        parent = Fixtures.committee();
        Map<String, Object> fields = Fixtures.committeeFields();
        fields.put("parentId", parent);
        committee = Fixtures.create("/api/v1/committees", fields);
        long sector = Fixtures.sector(committee);
        township = Fixtures.township(committee);
        otherTownship = Fixtures.township(committee);
        village = Fixtures.village(township);
        group = Fixtures.group(committee);
        member = memberOf(sector, group);
        groupMate = memberOf(sector, group);
        outsider = memberOf(sector, null);
        category = given().queryParam("committeeId", committee).when().get("/api/v1/opinion-categories")
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id");
    }

    private long memberOf(long sector, Long groupId) {
        Map<String, Object> fields = Fixtures.memberFields(committee, sector);
        if (groupId != null) {
            fields.put("groupId", groupId);
        }
        return Fixtures.create("/api/v1/members", fields);
    }

    /** A signed-in account of the committee: the member acts for {@link #member}, leads for {@link #group}. */
    RequestSpecification as(Role role) {
        String token = tokens.computeIfAbsent(role, r -> switch (r) {
            case ADMIN -> Auth.adminToken();
            case OFFICE, REPORTER -> Auth.signedIn(r, committee, null, null);
            case MEMBER -> Auth.signedIn(r, committee, member, null);
            case CONVENOR, LIAISON -> Auth.signedIn(r, committee, null, group);
        });
        return Auth.as(token);
    }

    /** A member account of the member outside the group. */
    RequestSpecification asOutsider() {
        if (outsiderToken == null) {
            outsiderToken = Auth.signedIn(Role.MEMBER, committee, outsider, null);
        }
        return Auth.as(outsiderToken);
    }

    RequestSpecification asParentOffice() {
        if (parentOfficeToken == null) {
            parentOfficeToken = Auth.signedIn(Role.OFFICE, parent, null, null);
        }
        return Auth.as(parentOfficeToken);
    }

    /** An opinion from the public, raised by 李大山, submitted by the given members (by default {@link #member}). */
    Map<String, Object> fields(String title, String content, long... members) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("committeeId", committee);
        fields.put("title", title);
        fields.put("content", content);
        fields.put("categoryId", category);
        fields.put("collectedOn", today().minusDays(10).toString());
        fields.put("townshipId", township);
        fields.put("villageId", village);
        fields.put("source", "OTHER");
        fields.put("memberIds", members.length == 0 ? List.of(member)
                : java.util.Arrays.stream(members).boxed().toList());
        fields.put("raisedByName", "李大山");
        fields.put("raisedByPhone", "13812341234");
        return fields;
    }

    long draft(String title, String content) {
        return create(fields(title, content));
    }

    long create(Map<String, Object> fields) {
        return given().contentType(ContentType.JSON).body(fields).when().post(OPINIONS)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    ValidatableResponse act(RequestSpecification as, long id, Map<String, Object> body) {
        return as.contentType(ContentType.JSON).body(body).when().post(OPINIONS + "/" + id + "/transitions").then();
    }

    ValidatableResponse act(long id, Map<String, Object> body) {
        return act(given(), id, body);
    }

    /** Takes the opinion one step that needs nothing more than its action. */
    void step(long id, String action) {
        act(id, Map.of("action", action)).statusCode(200);
    }

    /** Hands the opinion to a unit, due on {@code due}. */
    void assign(long id, LocalDate due) {
        act(id, Map.of("action", "ASSIGN", "assignedUnit", "测试市交通运输局", "dueDate", due.toString())).statusCode(200);
    }

    /** Records the unit's resolution, dated {@code on}. */
    void resolve(long id, LocalDate on) {
        act(id, Map.of("action", "RESOLVE", "resolution", "已修复", "resolvedOn", on.toString())).statusCode(200);
    }

    /** A body that satisfies the action: the fields it requires and nothing else. */
    static Map<String, Object> valid(String action, Long mergeIntoId) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        switch (action) {
            case "REJECT" -> body.put("reason", "属个人诉求，已引导通过信访渠道反映");
            case "ASSIGN" -> {
                body.put("assignedUnit", "测试市交通运输局");
                body.put("dueDate", today().plusDays(30).toString());
            }
            case "PROGRESS" -> body.put("note", "已完成现场勘察");
            case "RESOLVE" -> {
                body.put("resolution", "已完成路面修补");
                body.put("resolvedOn", today().toString());
            }
            case "CLOSE" -> body.put("feedback", "SATISFIED");
            case "REOPEN" -> body.put("note", "群众反映仍有积水");
            case "MERGE" -> body.put("mergeIntoId", mergeIntoId);
            case "ADOPT" -> body.put("instruction", "请相关部门统筹解决");
            default -> {
            }
        }
        return body;
    }

    /** The actions, as the administrator, that bring a new draft to each state. */
    static List<String> pathTo(OpinionStatus status) {
        return switch (status) {
            case DRAFT -> List.of();
            case SUBMITTED -> List.of("SUBMIT");
            case ACCEPTED -> List.of("SUBMIT", "ACCEPT");
            case REJECTED -> List.of("SUBMIT", "REJECT");
            case ASSIGNED -> List.of("SUBMIT", "ACCEPT", "ASSIGN");
            case IN_PROGRESS -> List.of("SUBMIT", "ACCEPT", "ASSIGN", "START");
            case RESOLVED -> List.of("SUBMIT", "ACCEPT", "ASSIGN", "RESOLVE");
            case CLOSED -> List.of("SUBMIT", "ACCEPT", "ASSIGN", "RESOLVE", "CLOSE");
            case MERGED -> List.of("SUBMIT", "MERGE");
        };
    }

    /** A new opinion of {@link #member}, brought by the administrator to the given state. */
    long inState(OpinionStatus status) {
        long id = draft(Fixtures.unique("通村道路破损"), "道路多处破损，雨天积水");
        Long target = null;
        if (status == OpinionStatus.MERGED) {
            target = draft(Fixtures.unique("通村道路破损（重复）"), "道路破损");
            act(target, valid("SUBMIT", null)).statusCode(200);
        }
        for (String action : pathTo(status)) {
            act(id, valid(action, target)).statusCode(200);
        }
        return id;
    }
}
