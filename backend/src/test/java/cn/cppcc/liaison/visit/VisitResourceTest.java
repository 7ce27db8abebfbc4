package cn.cppcc.liaison.visit;

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VisitResourceTest {

    static final String VISITS = "/api/v1/visits";

    @Test
    void aVisitOfTenMembersIsRecordedInOneRequestAndReadsBackWithItsPlace() {
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        long township = Fixtures.create("/api/v1/townships", Map.of("committeeId", committee, "name", "王杨乡", "kind", "TOWNSHIP"));
        long village = Fixtures.create("/api/v1/villages", Map.of("townshipId", township, "name", "建设村", "kind", "VILLAGE"));
        long platform = Fixtures.platform(committee, township);
        long[] members = new long[10];
        for (int i = 0; i < members.length; i++) {
            members[i] = Fixtures.member(committee, sector);
        }
        Map<String, Object> fields = Fixtures.visitFields(committee, township, members);
        fields.putAll(Map.of("kind", "PUBLIC_TALK", "villageId", village, "platformId", platform, "peopleReceived", 36,
                "topic", "民情恳谈会：发展村级产业项目", "notes", "村民反映的诉求记入工作台账", "date", "2023-01-06",
                "startTime", "09:00", "endTime", "11:30"));

        long id = given().contentType(ContentType.JSON).body(fields)
                .when().post(VISITS)
                .then().statusCode(201).header("ETag", "\"0\"")
                .body("members", hasSize(10))
                .body("recordedBy", equalTo("test-admin"))
                .extract().jsonPath().getLong("id");

        given().when().get(VISITS + "/" + id)
                .then().statusCode(200)
                .body("kind", equalTo("PUBLIC_TALK"))
                .body("date", equalTo("2023-01-06"))
                .body("startTime", equalTo("09:00"))
                .body("endTime", equalTo("11:30"))
                .body("townshipName", equalTo("王杨乡"))
                .body("villageName", equalTo("建设村"))
                .body("platformId", equalTo((int) platform))
                .body("members.id", hasSize(10))
                .body("peopleReceived", equalTo(36));
    }

    @Test
    void aVisitMayNotBeDatedAfterTodayInBeijing() {
        long committee = Fixtures.committee();
        long township = Fixtures.township(committee);
        long member = Fixtures.member(committee, Fixtures.sector(committee));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Map<String, Object> fields = Fixtures.visitFields(committee, township, member);
        fields.put("date", today.plusDays(1).toString());
        assertFieldError(given().contentType(ContentType.JSON).body(fields).when().post(VISITS).then(), "date");
        fields.put("date", today.toString());
        given().contentType(ContentType.JSON).body(fields).when().post(VISITS).then().statusCode(201);
    }

    @Test
    void aVisitEndsAfterItStartsAndTimesAreHoursAndMinutes() {
        long committee = Fixtures.committee();
        long township = Fixtures.township(committee);
        long member = Fixtures.member(committee, Fixtures.sector(committee));
        Map<String, Object> fields = Fixtures.visitFields(committee, township, member);
        fields.put("endTime", "09:00");
        assertFieldError(given().contentType(ContentType.JSON).body(fields).when().post(VISITS).then(), "endTime");
        fields.put("endTime", "9:30");
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(fields).when().post(VISITS).then(), "endTime")
                .body("errors[0].message", containsString("HH:mm"));
    }

    @Test
    void aMemberCannotBeAtTwoVisitsWhoseTimesOverlap() {
        long committee = Fixtures.committee();
        long township = Fixtures.township(committee);
        long sector = Fixtures.sector(committee);
        long wang = Fixtures.create("/api/v1/members", Map.of("committeeId", committee, "sectorId", sector, "name", "王茜", "gender", "FEMALE"));
        long li = Fixtures.member(committee, sector);
        long first = Fixtures.visit(committee, township, wang);

        Map<String, Object> overlapping = Fixtures.visitFields(committee, township, li, wang);
        overlapping.putAll(Map.of("startTime", "09:30", "endTime", "11:00"));
        assertProblem(given().contentType(ContentType.JSON).body(overlapping).when().post(VISITS).then(),
                409, "schedule-conflict")
                .body("detail", containsString("王茜"))
                .body("detail", containsString("接待走访 " + first))
                .body("errors[0].field", equalTo("memberIds"));

        Map<String, Object> adjacent = Fixtures.visitFields(committee, township, wang);
        adjacent.putAll(Map.of("startTime", "10:00", "endTime", "11:00"));
        given().contentType(ContentType.JSON).body(adjacent).when().post(VISITS).then().statusCode(201);

        Map<String, Object> someoneElse = Fixtures.visitFields(committee, township, li);
        someoneElse.putAll(Map.of("startTime", "09:30", "endTime", "10:30"));
        given().contentType(ContentType.JSON).body(someoneElse).when().post(VISITS).then().statusCode(201);

        Map<String, Object> anotherDay = Fixtures.visitFields(committee, township, wang);
        anotherDay.put("date", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(2).toString());
        given().contentType(ContentType.JSON).body(anotherDay).when().post(VISITS).then().statusCode(201);

        // A visit moved within its own time does not clash with itself.
        Map<String, Object> longer = Fixtures.visitFields(committee, township, wang);
        longer.putAll(Map.of("startTime", "08:30", "endTime", "10:00"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(longer).when().put(VISITS + "/" + first).then().statusCode(200);
    }

    @Test
    void aVisitsDateTimesAndVillageAreCheckedTogether() {
        long committee = Fixtures.committee();
        long township = Fixtures.township(committee);
        long member = Fixtures.member(committee, Fixtures.sector(committee));
        Map<String, Object> fields = Fixtures.visitFields(committee, township, member);
        fields.put("date", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString());
        fields.put("startTime", "10:00");
        fields.put("endTime", "09:00");
        fields.put("villageId", Fixtures.village(Fixtures.township(committee)));
        assertProblem(given().contentType(ContentType.JSON).body(fields).when().post(VISITS).then(), 400, "validation")
                .body("errors.field", containsInAnyOrder("date", "endTime", "villageId"));
        given().queryParam("committeeId", committee).when().get(VISITS).then().body("total", equalTo(0));
    }

    @Test
    void membersMustBeOfTheVisitsCommitteeAndListedOnce() {
        long committee = Fixtures.committee();
        long township = Fixtures.township(committee);
        long member = Fixtures.member(committee, Fixtures.sector(committee));
        long other = Fixtures.committee();
        long foreigner = Fixtures.member(other, Fixtures.sector(other));
        assertFieldError(given().contentType(ContentType.JSON).body(Fixtures.visitFields(committee, township, member, foreigner))
                .when().post(VISITS).then(), "memberIds[1]");
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(Fixtures.visitFields(committee, township, member, member))
                .when().post(VISITS).then(), "memberIds[1]");
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(Fixtures.visitFields(committee, township))
                .when().post(VISITS).then(), "memberIds");
        List<Long> tooMany = new ArrayList<>();
        for (long i = 1; i <= 101; i++) {
            tooMany.add(i);
        }
        Map<String, Object> crowd = Fixtures.visitFields(committee, township);
        crowd.put("memberIds", tooMany);
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(crowd).when().post(VISITS).then(), "memberIds");
        given().queryParam("committeeId", committee).when().get(VISITS).then().body("total", equalTo(0));
    }

    @Test
    void aReceptionDayIsHeldAtAStudioOfTheVisitsTownship() {
        long committee = Fixtures.committee();
        long township = Fixtures.township(committee);
        long member = Fixtures.member(committee, Fixtures.sector(committee));
        Map<String, Object> fields = Fixtures.visitFields(committee, township, member);
        fields.put("kind", "RECEPTION_DAY");
        assertFieldError(given().contentType(ContentType.JSON).body(fields).when().post(VISITS).then(), "studioId");
        fields.put("studioId", Fixtures.studio(committee, Fixtures.township(committee)));
        assertFieldError(given().contentType(ContentType.JSON).body(fields).when().post(VISITS).then(), "studioId");
        long studio = Fixtures.studio(committee, township);
        fields.put("studioId", studio);
        given().contentType(ContentType.JSON).body(fields).when().post(VISITS).then().statusCode(201)
                .body("studioId", equalTo((int) studio));
    }

    @Test
    void theVillageMustLieInTheVisitsTownship() {
        long committee = Fixtures.committee();
        long township = Fixtures.township(committee);
        long member = Fixtures.member(committee, Fixtures.sector(committee));
        Map<String, Object> fields = Fixtures.visitFields(committee, township, member);
        fields.put("villageId", Fixtures.village(Fixtures.township(committee)));
        assertFieldError(given().contentType(ContentType.JSON).body(fields).when().post(VISITS).then(), "villageId");
        fields.put("villageId", Fixtures.village(township));
        given().contentType(ContentType.JSON).body(fields).when().post(VISITS).then().statusCode(201);
    }

    @Test
    void theListCountsVisitsAndSumsPeopleReceivedOverEveryPage() {
        long committee = Fixtures.committee();
        long township = Fixtures.township(committee);
        long sector = Fixtures.sector(committee);
        long member = Fixtures.member(committee, sector);
        long other = Fixtures.member(committee, sector);
        int[] people = {12, 30, 7, 0, 41};
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        for (int i = 0; i < people.length; i++) {
            Map<String, Object> fields = Fixtures.visitFields(committee, township, member);
            fields.put("date", today.minusDays(i + 1).toString());
            fields.put("peopleReceived", people[i]);
            Fixtures.create(VISITS, fields);
        }
        Fixtures.visit(committee, Fixtures.township(committee), other);

        given().queryParam("committeeId", committee).queryParam("memberId", member).queryParam("size", 2)
                .when().get(VISITS)
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("total", equalTo(5))
                .body("peopleReceived", equalTo(90));
        given().queryParam("committeeId", committee).when().get(VISITS)
                .then().body("total", equalTo(6)).body("peopleReceived", equalTo(93));
        given().queryParam("memberId", member).queryParam("from", today.minusDays(3).toString())
                .queryParam("to", today.minusDays(2).toString()).when().get(VISITS)
                .then().body("total", equalTo(2)).body("peopleReceived", equalTo(37));
        given().queryParam("memberId", member).queryParam("sort", "date").queryParam("size", 1).when().get(VISITS)
                .then().body("items[0].peopleReceived", equalTo(41));
        given().queryParam("memberId", member).queryParam("size", 1).when().get(VISITS)
                .then().body("items[0].peopleReceived", equalTo(12));
        assertFieldError(given().queryParam("from", today.toString()).queryParam("to", today.minusDays(1).toString())
                .when().get(VISITS).then(), "to");
    }

    @Test
    void visitsFilterByKindTownshipStudioAndPlatform() {
        long committee = Fixtures.committee();
        long township = Fixtures.township(committee);
        long elsewhere = Fixtures.township(committee);
        long studio = Fixtures.studio(committee, township);
        long platform = Fixtures.platform(committee, elsewhere);
        long sector = Fixtures.sector(committee);
        long member = Fixtures.member(committee, sector);
        Map<String, Object> reception = Fixtures.visitFields(committee, township, member);
        reception.putAll(Map.of("kind", "RECEPTION_DAY", "studioId", studio));
        long atStudio = Fixtures.create(VISITS, reception);
        Map<String, Object> inspection = Fixtures.visitFields(committee, elsewhere, member);
        inspection.putAll(Map.of("kind", "INSPECTION", "platformId", platform, "startTime", "14:00", "endTime", "16:00"));
        long atPlatform = Fixtures.create(VISITS, inspection);

        given().queryParam("kind", "RECEPTION_DAY").when().get(VISITS).then().body("items.id", contains((int) atStudio));
        given().queryParam("townshipId", elsewhere).when().get(VISITS).then().body("items.id", contains((int) atPlatform));
        given().queryParam("studioId", studio).when().get(VISITS).then().body("items.id", contains((int) atStudio));
        given().queryParam("platformId", platform).when().get(VISITS).then().body("items.id", contains((int) atPlatform));
        given().queryParam("committeeId", committee).when().get(VISITS)
                .then().body("items.id", containsInAnyOrder((int) atStudio, (int) atPlatform));
        assertFieldError(Fixtures.broken().queryParam("kind", "MEETING").when().get(VISITS).then(), "kind");
    }

    @Test
    void theAuditTrailShowsAVisitsCreation() {
        long committee = Fixtures.committee();
        long township = Fixtures.township(committee);
        long member = Fixtures.member(committee, Fixtures.sector(committee));
        Map<String, Object> fields = Fixtures.visitFields(committee, township, member);
        fields.put("peopleReceived", 19);
        long visit = Fixtures.create(VISITS, fields);

        given().queryParams(new HashMap<>(Map.of("recordType", "VISIT", "recordId", visit))).when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].action", equalTo("CREATE"))
                .body("items[0].actor", equalTo("test-admin"))
                .body("items[0].committeeId", equalTo((int) committee))
                .body("items[0].after.kind", equalTo("HOUSEHOLD"))
                .body("items[0].after.peopleReceived", equalTo(19));
    }
}
