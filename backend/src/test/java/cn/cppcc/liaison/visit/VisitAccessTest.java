package cn.cppcc.liaison.visit;

import static cn.cppcc.liaison.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import cn.cppcc.liaison.kernel.Role;
import cn.cppcc.liaison.support.Auth;
import cn.cppcc.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may record, change and delete which visits, and the visits outside an account's committee. */
@QuarkusTest
class VisitAccessTest {

    private static final String VISITS = VisitResourceTest.VISITS;

    /** A committee with two groups of two members each, and another committee with one member. */
    record World(long committee, long township, long group1, long member1a, long member1b, long group2,
            long member2, long otherCommittee, long otherTownship, long otherMember) {

        static World build() {
            long committee = Fixtures.committee();
            long sector = Fixtures.sector(committee);
            long group1 = Fixtures.group(committee);
            long group2 = Fixtures.group(committee);
            long other = Fixtures.committee();
            long otherTownship = Fixtures.township(other);
            return new World(committee, Fixtures.township(committee), group1, member(committee, sector, group1),
                    member(committee, sector, group1), group2, member(committee, sector, group2), other,
                    otherTownship, Fixtures.member(other, Fixtures.sector(other)));
        }

        private static long member(long committee, long sector, long group) {
            Map<String, Object> fields = Fixtures.memberFields(committee, sector);
            fields.put("groupId", group);
            return Fixtures.create("/api/v1/members", fields);
        }

        Map<String, Object> visit(String start, String end, long... members) {
            Map<String, Object> fields = Fixtures.visitFields(committee, township, members);
            fields.putAll(Map.of("startTime", start, "endTime", end));
            return fields;
        }
    }

    @Test
    void aMemberRecordsTheirOwnVisitsButNoneWithoutThemselves() {
        World w = World.build();
        String member = Auth.signedIn(Role.MEMBER, w.committee(), w.member1a(), null);
        long own = Auth.as(member).contentType(ContentType.JSON).body(w.visit("09:00", "10:00", w.member1a(), w.member2()))
                .when().post(VISITS).then().statusCode(201).extract().jsonPath().getLong("id");
        assertProblem(Auth.as(member).contentType(ContentType.JSON).body(w.visit("10:00", "11:00", w.member1b()))
                .when().post(VISITS).then(), 403, "forbidden");

        // Editing keeps them among the members present.
        Map<String, Object> edit = w.visit("09:00", "10:30", w.member1a());
        Auth.as(member).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(edit).when().put(VISITS + "/" + own).then().statusCode(200);
        Map<String, Object> without = w.visit("09:00", "10:30", w.member2());
        assertProblem(Auth.as(member).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(without)
                .when().put(VISITS + "/" + own).then(), 403, "forbidden");
        Auth.as(member).when().delete(VISITS + "/" + own).then().statusCode(204);
    }

    @Test
    void aMemberChangesOnlyVisitsTheyRecordedOrWereAt() {
        World w = World.build();
        long attended = Fixtures.create(VISITS, w.visit("09:00", "10:00", w.member1a(), w.member1b()));
        long others = Fixtures.create(VISITS, w.visit("14:00", "15:00", w.member2()));
        String member = Auth.signedIn(Role.MEMBER, w.committee(), w.member1b(), null);

        Auth.as(member).when().get(VISITS + "/" + others).then().statusCode(200);
        Map<String, Object> edit = w.visit("14:00", "15:30", w.member2(), w.member1b());
        assertProblem(Auth.as(member).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(edit)
                .when().put(VISITS + "/" + others).then(), 403, "forbidden");
        assertProblem(Auth.as(member).when().delete(VISITS + "/" + others).then(), 403, "forbidden");
        Auth.as(member).when().delete(VISITS + "/" + attended).then().statusCode(204);
    }

    @Test
    void aConvenorOrLiaisonRecordsOnlyVisitsOfTheirGroupsMembers() {
        World w = World.build();
        for (String lead : new String[] {Auth.signedIn(Role.CONVENOR, w.committee(), w.member1a(), w.group1()),
                Auth.signedIn(Role.LIAISON, w.committee(), null, w.group1())}) {
            long ours = Auth.as(lead).contentType(ContentType.JSON)
                    .body(w.visit("08:00", "09:00", w.member1a(), w.member1b()))
                    .when().post(VISITS).then().statusCode(201).extract().jsonPath().getLong("id");
            assertProblem(Auth.as(lead).contentType(ContentType.JSON)
                    .body(w.visit("10:00", "11:00", w.member1a(), w.member2()))
                    .when().post(VISITS).then(), 403, "forbidden");
            Auth.as(lead).when().delete(VISITS + "/" + ours).then().statusCode(204);
        }
        long mixed = Fixtures.create(VISITS, w.visit("13:00", "14:00", w.member1a(), w.member2()));
        String convenor = Auth.signedIn(Role.CONVENOR, w.committee(), w.member1a(), w.group1());
        assertProblem(Auth.as(convenor).when().delete(VISITS + "/" + mixed).then(), 403, "forbidden");
    }

    @Test
    void aReporterReadsVisitsButNeverWritesThem() {
        World w = World.build();
        long visit = Fixtures.create(VISITS, w.visit("09:00", "10:00", w.member1a()));
        for (String reporter : new String[] {Auth.signedIn(Role.REPORTER, w.committee(), null, null),
                Auth.apiToken(Role.REPORTER, w.committee())}) {
            Auth.as(reporter).when().get(VISITS + "/" + visit).then().statusCode(200);
            Auth.as(reporter).when().get(VISITS).then().statusCode(200).body("total", equalTo(1));
            assertProblem(Auth.as(reporter).contentType(ContentType.JSON).body(w.visit("11:00", "12:00", w.member1a()))
                    .when().post(VISITS).then(), 403, "forbidden");
            Map<String, Object> edit = new HashMap<>(w.visit("09:00", "10:00", w.member1a()));
            assertProblem(Auth.as(reporter).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(edit)
                    .when().put(VISITS + "/" + visit).then(), 403, "forbidden");
            assertProblem(Auth.as(reporter).when().delete(VISITS + "/" + visit).then(), 403, "forbidden");
        }
    }

    @Test
    void anotherCommitteesVisitsDoNotExistForAnAccountBoundToOne() {
        World w = World.build();
        long foreign = Fixtures.visit(w.otherCommittee(), w.otherTownship(), w.otherMember());
        String office = Auth.signedIn(Role.OFFICE, w.committee(), null, null);
        assertProblem(Auth.as(office).when().get(VISITS + "/" + foreign).then(), 404, "not-found");
        assertProblem(Auth.as(office).when().delete(VISITS + "/" + foreign).then(), 404, "not-found");
        Map<String, Object> edit = Fixtures.visitFields(w.otherCommittee(), w.otherTownship(), w.otherMember());
        assertProblem(Auth.as(office).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(edit)
                .when().put(VISITS + "/" + foreign).then(), 404, "not-found");
        Auth.as(office).queryParam("committeeId", w.otherCommittee()).when().get(VISITS)
                .then().statusCode(200).body("total", equalTo(0)).body("peopleReceived", equalTo(0));
        assertProblem(Auth.as(office).contentType(ContentType.JSON)
                .body(Fixtures.visitFields(w.otherCommittee(), w.otherTownship(), w.otherMember()))
                .when().post(VISITS).then(), 400, "validation");
        given().when().get(VISITS + "/" + foreign).then().statusCode(200);
    }
}
