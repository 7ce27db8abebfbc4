package cn.cppcc.liaison.activity;

import static cn.cppcc.liaison.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import cn.cppcc.liaison.kernel.Role;
import cn.cppcc.liaison.support.Auth;
import cn.cppcc.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may record, change and delete which activities, and the activities outside an account's committee. */
@QuarkusTest
class ActivityAccessTest {

    private static final String ACTIVITIES = ActivityResourceTest.ACTIVITIES;

    /** A committee with two groups, two members in the first and one in the second, and another committee. */
    record World(long committee, long group1, long member1a, long member1b, long group2, long member2,
            long otherCommittee, long otherMember) {

        static World build() {
            long committee = Fixtures.committee();
            long sector = Fixtures.sector(committee);
            long group1 = Fixtures.group(committee);
            long group2 = Fixtures.group(committee);
            long other = Fixtures.committee();
            return new World(committee, group1, member(committee, sector, group1), member(committee, sector, group1),
                    group2, member(committee, sector, group2), other, Fixtures.member(other, Fixtures.sector(other)));
        }

        private static long member(long committee, long sector, long group) {
            Map<String, Object> fields = Fixtures.memberFields(committee, sector);
            fields.put("groupId", group);
            return Fixtures.create("/api/v1/members", fields);
        }

        Map<String, Object> activity(long... members) {
            return Fixtures.activityFields(committee, members);
        }

        Map<String, Object> edit(long... members) {
            return activity(members);
        }
    }

    @Test
    void aMemberRecordsActivitiesTheyAttendAndChangesThoseTheyRecordedOrAttended() {
        World w = World.build();
        String member = Auth.signedIn(Role.MEMBER, w.committee(), w.member1a(), null);
        long own = Auth.as(member).contentType(ContentType.JSON).body(w.activity(w.member1a(), w.member2()))
                .when().post(ACTIVITIES).then().statusCode(201).extract().jsonPath().getLong("id");
        assertProblem(Auth.as(member).contentType(ContentType.JSON).body(w.activity(w.member1b()))
                .when().post(ACTIVITIES).then(), 403, "forbidden");
        Auth.as(member).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(w.edit(w.member1a()))
                .when().put(ACTIVITIES + "/" + own).then().statusCode(200);
        assertProblem(Auth.as(member).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(w.edit(w.member2()))
                .when().put(ACTIVITIES + "/" + own).then(), 403, "forbidden");

        long others = Fixtures.activity(w.committee(), w.member2());
        Auth.as(member).when().get(ACTIVITIES + "/" + others).then().statusCode(200);
        assertProblem(Auth.as(member).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(w.edit(w.member2(), w.member1a()))
                .when().put(ACTIVITIES + "/" + others).then(), 403, "forbidden");
        assertProblem(Auth.as(member).when().delete(ACTIVITIES + "/" + others).then(), 403, "forbidden");
        Auth.as(member).when().delete(ACTIVITIES + "/" + own).then().statusCode(204);
    }

    @Test
    void aConvenorOrLiaisonRecordsOnlyActivitiesOfTheirGroupsMembers() {
        World w = World.build();
        for (String lead : new String[] {Auth.signedIn(Role.CONVENOR, w.committee(), w.member1a(), w.group1()),
                Auth.signedIn(Role.LIAISON, w.committee(), null, w.group1())}) {
            long ours = Auth.as(lead).contentType(ContentType.JSON).body(w.activity(w.member1a(), w.member1b()))
                    .when().post(ACTIVITIES).then().statusCode(201).extract().jsonPath().getLong("id");
            assertProblem(Auth.as(lead).contentType(ContentType.JSON).body(w.activity(w.member1a(), w.member2()))
                    .when().post(ACTIVITIES).then(), 403, "forbidden");
            Auth.as(lead).when().delete(ACTIVITIES + "/" + ours).then().statusCode(204);
        }
        long mixed = Fixtures.activity(w.committee(), w.member1a(), w.member2());
        String convenor = Auth.signedIn(Role.CONVENOR, w.committee(), w.member1a(), w.group1());
        assertProblem(Auth.as(convenor).when().delete(ACTIVITIES + "/" + mixed).then(), 403, "forbidden");
    }

    @Test
    void aReporterReadsActivitiesButNeverWritesThem() {
        World w = World.build();
        long activity = Fixtures.activity(w.committee(), w.member1a());
        for (String reporter : new String[] {Auth.signedIn(Role.REPORTER, w.committee(), null, null),
                Auth.apiToken(Role.REPORTER, w.committee())}) {
            Auth.as(reporter).when().get(ACTIVITIES + "/" + activity).then().statusCode(200);
            Auth.as(reporter).when().get(ACTIVITIES).then().statusCode(200).body("total", equalTo(1))
                    .body("peopleReached", equalTo(10));
            assertProblem(Auth.as(reporter).contentType(ContentType.JSON).body(w.activity(w.member1a()))
                    .when().post(ACTIVITIES).then(), 403, "forbidden");
            assertProblem(Auth.as(reporter).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(w.edit(w.member1a()))
                    .when().put(ACTIVITIES + "/" + activity).then(), 403, "forbidden");
            assertProblem(Auth.as(reporter).when().delete(ACTIVITIES + "/" + activity).then(), 403, "forbidden");
        }
    }

    @Test
    void anotherCommitteesActivitiesDoNotExistForAnAccountBoundToOne() {
        World w = World.build();
        long foreign = Fixtures.activity(w.otherCommittee(), w.otherMember());
        String office = Auth.signedIn(Role.OFFICE, w.committee(), null, null);
        assertProblem(Auth.as(office).when().get(ACTIVITIES + "/" + foreign).then(), 404, "not-found");
        assertProblem(Auth.as(office).when().delete(ACTIVITIES + "/" + foreign).then(), 404, "not-found");
        Map<String, Object> edit = Fixtures.activityFields(w.otherCommittee(), w.otherMember());
        assertProblem(Auth.as(office).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(edit)
                .when().put(ACTIVITIES + "/" + foreign).then(), 404, "not-found");
        Auth.as(office).queryParam("committeeId", w.otherCommittee()).when().get(ACTIVITIES)
                .then().statusCode(200).body("total", equalTo(0)).body("peopleReached", equalTo(0));
        assertProblem(Auth.as(office).contentType(ContentType.JSON)
                .body(Fixtures.activityFields(w.otherCommittee(), w.otherMember()))
                .when().post(ACTIVITIES).then(), 400, "validation");
        given().when().get(ACTIVITIES + "/" + foreign).then().statusCode(200);
    }
}
