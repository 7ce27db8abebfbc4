package cn.cppcc.liaison.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds the rows a test needs through the API itself, each with a name no other test uses. */
public final class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Fixtures() {
    }

    /** A request the test breaks on purpose: the contract checks only the response. */
    public static RequestSpecification broken() {
        return given().header(ContractFilter.BROKEN_REQUEST, "true");
    }

    /** A request to an address or method the contract does not have, so there is nothing to check it against. */
    public static RequestSpecification outsideContract() {
        return given().noFilters().header("Authorization", "Bearer " + Auth.adminToken());
    }

    public static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet();
    }

    public static Map<String, Object> committeeFields() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("name", unique("政协测试市第九届委员会"));
        fields.put("region", "测试市");
        fields.put("termNumber", 9);
        fields.put("termStart", "2021-12-20");
        return fields;
    }

    public static long committee() {
        return create("/api/v1/committees", committeeFields());
    }

    public static Map<String, Object> sectorFields(long committeeId) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("committeeId", committeeId);
        fields.put("name", unique("农业界"));
        return fields;
    }

    public static long sector(long committeeId) {
        return create("/api/v1/sectors", sectorFields(committeeId));
    }

    public static Map<String, Object> townshipFields(long committeeId) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("committeeId", committeeId);
        fields.put("name", unique("双丰镇"));
        fields.put("kind", "TOWN");
        return fields;
    }

    public static long township(long committeeId) {
        return create("/api/v1/townships", townshipFields(committeeId));
    }

    public static Map<String, Object> villageFields(long townshipId) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("townshipId", townshipId);
        fields.put("name", unique("建国村"));
        fields.put("kind", "VILLAGE");
        return fields;
    }

    public static long village(long townshipId) {
        return create("/api/v1/villages", villageFields(townshipId));
    }

    public static Map<String, Object> platformFields(long committeeId, long townshipId) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("committeeId", committeeId);
        fields.put("townshipId", townshipId);
        fields.put("name", unique("“协骊”联合体"));
        return fields;
    }

    public static long platform(long committeeId, long townshipId) {
        return create("/api/v1/platforms", platformFields(committeeId, townshipId));
    }

    public static Map<String, Object> groupFields(long committeeId) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("committeeId", committeeId);
        fields.put("name", unique("农业界活动组"));
        fields.put("liaisonName", "张建国");
        fields.put("liaisonTitle", "提案委员会主任");
        return fields;
    }

    public static long group(long committeeId) {
        return create("/api/v1/groups", groupFields(committeeId));
    }

    /** Changes a member's status ({@code status}, {@code reason}, {@code date}…), failing the test unless it did. */
    public static void changeStatus(long member, Map<String, Object> change) {
        given().contentType(ContentType.JSON).body(change).when().post("/api/v1/members/" + member + "/status")
                .then().statusCode(200);
    }

    /** A member with only the fields the roster requires; tests add what they are about. */
    public static Map<String, Object> memberFields(long committeeId, long sectorId) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("committeeId", committeeId);
        fields.put("sectorId", sectorId);
        fields.put("name", unique("王委员"));
        fields.put("gender", "FEMALE");
        return fields;
    }

    public static long member(long committeeId, long sectorId) {
        return create("/api/v1/members", memberFields(committeeId, sectorId));
    }

    /** An offline studio with its township and address; tests add residents, schedule and what they are about. */
    public static Map<String, Object> studioFields(long committeeId, long townshipId) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("committeeId", committeeId);
        fields.put("townshipId", townshipId);
        fields.put("name", unique("委员工作室"));
        fields.put("mode", "OFFLINE");
        fields.put("address", "社区服务中心一楼");
        return fields;
    }

    public static long studio(long committeeId, long townshipId) {
        return create("/api/v1/studios", studioFields(committeeId, townshipId));
    }

    /** A household visit yesterday from 09:00 to 10:00 by the members given, who met 3 people. */
    public static Map<String, Object> visitFields(long committeeId, long townshipId, long... memberIds) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("committeeId", committeeId);
        fields.put("kind", "HOUSEHOLD");
        fields.put("date", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString());
        fields.put("startTime", "09:00");
        fields.put("endTime", "10:00");
        fields.put("townshipId", townshipId);
        fields.put("memberIds", Arrays.stream(memberIds).boxed().toList());
        fields.put("peopleReceived", 3);
        fields.put("topic", unique("下户走访"));
        return fields;
    }

    public static long visit(long committeeId, long townshipId, long... memberIds) {
        return create("/api/v1/visits", visitFields(committeeId, townshipId, memberIds));
    }

    /** An economic proposal filed yesterday, led by the first member and co-signed by the rest. */
    public static Map<String, Object> proposalFields(long committeeId, long leadMemberId, long... coSignerIds) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("committeeId", committeeId);
        fields.put("title", unique("关于加快农产品品牌建设的提案"));
        fields.put("category", "ECONOMY");
        fields.put("filedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString());
        fields.put("leadMemberId", leadMemberId);
        fields.put("coSignerIds", Arrays.stream(coSignerIds).boxed().toList());
        return fields;
    }

    public static long proposal(long committeeId, long leadMemberId, long... coSignerIds) {
        return create("/api/v1/proposals", proposalFields(committeeId, leadMemberId, coSignerIds));
    }

    /** A research activity yesterday by the members given, which reached 10 people. */
    public static Map<String, Object> activityFields(long committeeId, long... memberIds) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("committeeId", committeeId);
        fields.put("kind", "RESEARCH");
        fields.put("date", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString());
        fields.put("title", unique("林下经济调研"));
        fields.put("memberIds", Arrays.stream(memberIds).boxed().toList());
        fields.put("peopleReached", 10);
        return fields;
    }

    public static long activity(long committeeId, long... memberIds) {
        return create("/api/v1/activities", activityFields(committeeId, memberIds));
    }

    /** Posts a body and returns the new record's id, failing the test unless it was created. */
    /** A draft opinion of {@code members} in a township, collected on {@code collectedOn}; its title made unique. */
    public static Map<String, Object> opinionFields(long committee, long category, long township, String collectedOn,
            String title, long... members) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("committeeId", committee);
        fields.put("title", unique(title));
        fields.put("content", "道路多处破损，雨天积水");
        fields.put("categoryId", category);
        fields.put("collectedOn", collectedOn);
        fields.put("townshipId", township);
        fields.put("source", "OTHER");
        fields.put("memberIds", Arrays.stream(members).boxed().toList());
        return fields;
    }

    /**
     * A quarterly consultation at a township's platform on {@code heldOn}, each invited member with their attendance
     * ({@code PRESENT}, {@code EXCUSED}, {@code ABSENT}); its topic is {@code topic} made unique.
     */
    public static long consultation(long committee, long township, long platform, String heldOn,
            Map<Long, String> members, String topic) {
        return create("/api/v1/consultations", consultationFields(committee, township, platform, heldOn, members,
                topic));
    }

    /** The fields of {@link #consultation}. */
    public static Map<String, Object> consultationFields(long committee, long township, long platform, String heldOn,
            Map<Long, String> members, String topic) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("committeeId", committee);
        fields.put("kind", "QUARTERLY");
        fields.put("date", heldOn);
        fields.put("townshipId", township);
        fields.put("platformId", platform);
        fields.put("topic", unique(topic));
        fields.put("members", members.entrySet().stream()
                .map(m -> Map.of("memberId", m.getKey(), "attendance", m.getValue())).toList());
        return fields;
    }

    public static long create(String path, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(path)
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }
}
