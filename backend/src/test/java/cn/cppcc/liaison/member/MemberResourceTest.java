package cn.cppcc.liaison.member;

import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static cn.cppcc.liaison.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import cn.cppcc.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class MemberResourceTest {

    private static final String MEMBERS = "/api/v1/members";

    @Test
    void aMemberReadsBackWithTheNamesOfItsSectorGroupAndTownship() {
        long committee = Fixtures.committee();
        long sector = Fixtures.create("/api/v1/sectors", Map.of("committeeId", committee, "name", "农业界"));
        long group = Fixtures.create("/api/v1/groups", Map.of("committeeId", committee, "name", "农业界活动组"));
        long township = Fixtures.create("/api/v1/townships", Map.of("committeeId", committee, "name", "双丰镇", "kind", "TOWN"));
        Map<String, Object> fields = Fixtures.memberFields(committee, sector);
        fields.putAll(Map.of("name", "王丽华", "birthYear", 1975, "ethnicity", "汉族", "party", "中国民主同盟",
                "groupId", group, "townshipId", township, "employer", "铁力市林业局", "jobTitle", "副局长",
                "phone", "13904581234", "termStart", "2021-12-20"));
        fields.put("termEnd", "2026-12-31");

        long id = given().contentType(ContentType.JSON).body(fields)
                .when().post(MEMBERS)
                .then().statusCode(201)
                .header("Location", containsString(MEMBERS + "/"))
                .header("ETag", "\"0\"")
                .body("status", equalTo("ACTIVE"))
                .extract().jsonPath().getLong("id");

        given().when().get(MEMBERS + "/" + id)
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("name", equalTo("王丽华"))
                .body("gender", equalTo("FEMALE"))
                .body("sectorName", equalTo("农业界"))
                .body("groupName", equalTo("农业界活动组"))
                .body("townshipName", equalTo("双丰镇"))
                .body("employer", equalTo("铁力市林业局"))
                .body("termEnd", equalTo("2026-12-31"))
                .body("statusReason", nullValue());
    }

    @Test
    void namesAreStrippedAndBlankOptionalTextIsLeftOut() {
        long committee = Fixtures.committee();
        Map<String, Object> fields = Fixtures.memberFields(committee, Fixtures.sector(committee));
        fields.put("name", "  李明 ");
        fields.put("employer", "   ");
        long id = Fixtures.create(MEMBERS, fields);
        given().when().get(MEMBERS + "/" + id)
                .then().body("name", equalTo("李明")).body("employer", nullValue());
    }

    @Test
    void updateWithCurrentETagSucceedsStaleIsRefusedAndMissingVersionIsRequired() {
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        long id = Fixtures.member(committee, sector);
        Map<String, Object> fields = Fixtures.memberFields(committee, sector);
        fields.put("jobTitle", "局长");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fields)
                .when().put(MEMBERS + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("jobTitle", equalTo("局长"));

        fields.put("jobTitle", "副局长");
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fields)
                .when().put(MEMBERS + "/" + id).then(), 409, "stale-version");
        assertProblem(Fixtures.broken().contentType(ContentType.JSON).body(fields)
                .when().put(MEMBERS + "/" + id).then(), 428, "precondition-required")
                .body("errors.field", hasItem("If-Match"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(fields)
                .when().put(MEMBERS + "/" + id).then().statusCode(200).body("jobTitle", equalTo("副局长"));
    }

    @Test
    void theServicesOwnChecksNameEveryWrongFieldInOneAnswer() {
        long committee = Fixtures.committee();
        Map<String, Object> fields = Fixtures.memberFields(committee, Fixtures.sector(committee));
        fields.put("birthYear", 2099);
        fields.put("termStart", "2026-01-01");
        fields.put("termEnd", "2025-12-31");
        fields.put("groupId", 999_999_999);
        fields.put("townshipId", Fixtures.township(Fixtures.committee()));
        assertProblem(given().contentType(ContentType.JSON).body(fields).when().post(MEMBERS).then(), 400, "validation")
                .body("errors.field", containsInAnyOrder("birthYear", "termEnd", "groupId", "townshipId"));
        given().queryParam("committeeId", committee).when().get(MEMBERS).then().body("total", equalTo(0));
    }

    @Test
    void aMemberStaysInItsCommittee() {
        long committee = Fixtures.committee();
        long id = Fixtures.member(committee, Fixtures.sector(committee));
        long other = Fixtures.committee();
        Map<String, Object> moved = Fixtures.memberFields(other, Fixtures.sector(other));
        assertFieldError(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(moved)
                .when().put(MEMBERS + "/" + id).then(), "committeeId");
    }

    @Test
    void theStatusCannotBeSetThroughTheMemberFields() {
        long committee = Fixtures.committee();
        Map<String, Object> fields = Fixtures.memberFields(committee, Fixtures.sector(committee));
        fields.put("status", "REMOVED");
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(fields)
                .when().post(MEMBERS).then(), "status");
    }

    @Test
    void anUnknownGenderNamesTheFieldAndTheValuesThatWork() {
        long committee = Fixtures.committee();
        Map<String, Object> fields = Fixtures.memberFields(committee, Fixtures.sector(committee));
        fields.put("gender", "UNKNOWN");
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(fields)
                .when().post(MEMBERS).then(), "gender")
                .body("errors[0].message", containsString("MALE"))
                .body("errors[0].message", containsString("FEMALE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"13904581234", "19912345678", "0458-1234567", "010-12345678"})
    void mobileAndLandlineNumbersAreAccepted(String phone) {
        long committee = Fixtures.committee();
        Map<String, Object> fields = Fixtures.memberFields(committee, Fixtures.sector(committee));
        fields.put("phone", phone);
        given().contentType(ContentType.JSON).body(fields)
                .when().post(MEMBERS).then().statusCode(201).body("phone", equalTo(phone));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678901", "1390458123", "139045812345", "0458 1234567", "04581234567", "电话"})
    void otherPhoneNumbersAreRefusedWithTheFormatsThatWork(String phone) {
        long committee = Fixtures.committee();
        Map<String, Object> fields = Fixtures.memberFields(committee, Fixtures.sector(committee));
        fields.put("phone", phone);
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(fields)
                .when().post(MEMBERS).then(), "phone")
                .body("errors[0].message", containsString("0458-1234567"));
    }

    @Test
    void aSectorGroupOrTownshipOfAnotherCommitteeIsRefused() {
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        long other = Fixtures.committee();

        Map<String, Object> fields = Fixtures.memberFields(committee, Fixtures.sector(other));
        assertFieldError(given().contentType(ContentType.JSON).body(fields)
                .when().post(MEMBERS).then(), "sectorId");

        fields = Fixtures.memberFields(committee, sector);
        fields.put("groupId", Fixtures.group(other));
        assertFieldError(given().contentType(ContentType.JSON).body(fields)
                .when().post(MEMBERS).then(), "groupId");

        fields = Fixtures.memberFields(committee, sector);
        fields.put("townshipId", Fixtures.township(other));
        assertFieldError(given().contentType(ContentType.JSON).body(fields)
                .when().post(MEMBERS).then(), "townshipId");

        given().queryParam("committeeId", committee).when().get(MEMBERS).then().body("total", equalTo(0));
    }

    @Test
    void anUnknownSectorIsAFieldErrorAndASectorIsRequired() {
        long committee = Fixtures.committee();
        Map<String, Object> fields = Fixtures.memberFields(committee, 987654321);
        assertFieldError(given().contentType(ContentType.JSON).body(fields)
                .when().post(MEMBERS).then(), "sectorId");
        fields.remove("sectorId");
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(fields)
                .when().post(MEMBERS).then(), "sectorId");
    }

    @Test
    void aBirthYearAfterThisYearIsRefused() {
        long committee = Fixtures.committee();
        Map<String, Object> fields = Fixtures.memberFields(committee, Fixtures.sector(committee));
        fields.put("birthYear", LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1);
        assertFieldError(given().contentType(ContentType.JSON).body(fields)
                .when().post(MEMBERS).then(), "birthYear");
        fields.put("birthYear", 1899);
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(fields)
                .when().post(MEMBERS).then(), "birthYear");
        fields.put("birthYear", 2101);
        assertFieldError(Fixtures.broken().contentType(ContentType.JSON).body(fields)
                .when().post(MEMBERS).then(), "birthYear");
    }

    @Test
    void aTermMayNotEndBeforeItStarts() {
        long committee = Fixtures.committee();
        Map<String, Object> fields = Fixtures.memberFields(committee, Fixtures.sector(committee));
        fields.put("termStart", "2021-12-20");
        fields.put("termEnd", "2021-12-19");
        assertFieldError(given().contentType(ContentType.JSON).body(fields)
                .when().post(MEMBERS).then(), "termEnd");
    }

    @Test
    void membersFilterByCommitteeSectorGroupAndTownship() {
        long committee = Fixtures.committee();
        long farming = Fixtures.sector(committee);
        long economy = Fixtures.sector(committee);
        long group = Fixtures.group(committee);
        long township = Fixtures.township(committee);
        Map<String, Object> inGroup = Fixtures.memberFields(committee, farming);
        inGroup.put("groupId", group);
        long grouped = Fixtures.create(MEMBERS, inGroup);
        Map<String, Object> inTownship = Fixtures.memberFields(committee, economy);
        inTownship.put("townshipId", township);
        long local = Fixtures.create(MEMBERS, inTownship);
        long plain = Fixtures.member(committee, farming);
        long elsewhere = Fixtures.committee();
        Fixtures.member(elsewhere, Fixtures.sector(elsewhere));

        given().queryParam("committeeId", committee).when().get(MEMBERS)
                .then().statusCode(200).body("total", equalTo(3))
                .body("items.id", containsInAnyOrder((int) grouped, (int) local, (int) plain));
        given().queryParam("sectorId", farming).when().get(MEMBERS)
                .then().body("items.id", containsInAnyOrder((int) grouped, (int) plain));
        given().queryParam("groupId", group).when().get(MEMBERS)
                .then().body("items.id", contains((int) grouped));
        given().queryParam("townshipId", township).when().get(MEMBERS)
                .then().body("items.id", contains((int) local));
    }

    @Test
    void membersFilterByStatus() {
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        long active = Fixtures.member(committee, sector);
        long suspended = Fixtures.member(committee, sector);
        given().contentType(ContentType.JSON).body(Map.of("status", "SUSPENDED", "reason", "因病暂停履职"))
                .when().post(MEMBERS + "/" + suspended + "/status").then().statusCode(200);

        given().queryParam("committeeId", committee).queryParam("status", "ACTIVE").when().get(MEMBERS)
                .then().body("items.id", contains((int) active));
        given().queryParam("committeeId", committee).queryParam("status", "SUSPENDED").when().get(MEMBERS)
                .then().body("items.id", contains((int) suspended));
        assertFieldError(Fixtures.broken().queryParam("status", "RETIRED").when().get(MEMBERS).then(), "status");
    }

    @Test
    void searchFindsChineseSubstringsOfNamesAndEmployers() {
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        for (String[] member : new String[][] {{"王芳", "铁力市林业局"}, {"王强", "铁力市第一中学"}, {"李明", "双丰镇人民政府"}}) {
            Map<String, Object> fields = Fixtures.memberFields(committee, sector);
            fields.put("name", member[0]);
            fields.put("employer", member[1]);
            Fixtures.create(MEMBERS, fields);
        }

        given().queryParam("committeeId", committee).queryParam("q", "林业").when().get(MEMBERS)
                .then().statusCode(200).body("items.name", contains("王芳"));
        given().queryParam("committeeId", committee).queryParam("q", "林业局").when().get(MEMBERS)
                .then().body("items.employer", contains("铁力市林业局"));
        given().queryParam("committeeId", committee).queryParam("q", "王").queryParam("sort", "name").when().get(MEMBERS)
                .then().body("total", equalTo(2));
        given().queryParam("committeeId", committee).queryParam("q", "王强").when().get(MEMBERS)
                .then().body("items.name", contains("王强"));
        given().queryParam("committeeId", committee).queryParam("q", "铁力市").when().get(MEMBERS)
                .then().body("total", equalTo(2));
        given().queryParam("committeeId", committee).queryParam("q", "%").when().get(MEMBERS)
                .then().body("total", equalTo(0));
    }

    @Test
    void pagesCarryTheTotalAndFollowTheSortOrder() {
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        for (int year : new int[] {1968, 1985, 1972, 1990, 1979}) {
            Map<String, Object> fields = Fixtures.memberFields(committee, sector);
            fields.put("birthYear", year);
            Fixtures.create(MEMBERS, fields);
        }
        given().queryParam("committeeId", committee).queryParam("size", 2).queryParam("sort", "-birthYear")
                .when().get(MEMBERS)
                .then().statusCode(200).body("total", equalTo(5)).body("size", equalTo(2))
                .body("items.birthYear", contains(1990, 1985));
        given().queryParam("committeeId", committee).queryParam("size", 2).queryParam("page", 3)
                .queryParam("sort", "birthYear")
                .when().get(MEMBERS)
                .then().body("total", equalTo(5)).body("page", equalTo(3)).body("items.birthYear", contains(1990));
    }

    @Test
    void sortingByAFieldThatIsNotOfferedNamesTheFieldsThatWork() {
        assertFieldError(Fixtures.broken().queryParam("sort", "phone").when().get(MEMBERS).then(), "sort")
                .body("errors[0].message", containsString("birthYear"));
    }

    @Test
    void aConvenorCannotBeDeletedUntilTheGroupHasAnother() {
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        long convenor = Fixtures.member(committee, sector);
        Map<String, Object> group = Fixtures.groupFields(committee);
        group.put("convenorId", convenor);
        long groupId = Fixtures.create("/api/v1/groups", group);

        assertProblem(given().when().delete(MEMBERS + "/" + convenor).then(), 409, "in-use")
                .body("references.resource", contains("groups"))
                .body("references.count", contains(1));

        group.remove("convenorId");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(group).when().put("/api/v1/groups/" + groupId)
                .then().statusCode(200);
        given().when().delete(MEMBERS + "/" + convenor).then().statusCode(204);
        assertProblem(given().when().get(MEMBERS + "/" + convenor).then(), 404, "not-found");
    }

    @Test
    void aSectorOrTownshipWithMembersCannotBeDeletedAndSaysHowMany() {
        long committee = Fixtures.committee();
        long sector = Fixtures.sector(committee);
        long township = Fixtures.township(committee);
        for (int i = 0; i < 2; i++) {
            Map<String, Object> fields = Fixtures.memberFields(committee, sector);
            fields.put("townshipId", township);
            Fixtures.create(MEMBERS, fields);
        }

        assertProblem(given().when().delete("/api/v1/sectors/" + sector).then(), 409, "in-use")
                .body("references.resource", contains("members"))
                .body("references.label", contains("委员"))
                .body("references.count", contains(2));
        assertProblem(given().when().delete("/api/v1/townships/" + township).then(), 409, "in-use")
                .body("references.resource", contains("members"))
                .body("references.count", contains(2));
        given().when().get("/api/v1/sectors/" + sector).then().statusCode(200);
        given().when().get("/api/v1/townships/" + township).then().statusCode(200);
    }
}
