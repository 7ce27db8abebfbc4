package cn.cppcc.liaison.consultation;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static cn.cppcc.liaison.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.cppcc.liaison.kernel.Export;
import cn.cppcc.liaison.kernel.Role;
import cn.cppcc.liaison.support.Auth;
import cn.cppcc.liaison.support.Csv;
import cn.cppcc.liaison.support.Fixtures;
import cn.cppcc.liaison.support.Xlsx;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConsultationResourceTest {

    static final String CONSULTATIONS = "/api/v1/consultations";
    static final String OUTCOMES = "/api/v1/outcomes";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    /** A committee with a township, its platform and a studio of that platform, and three members. */
    static final class Place {
        final long committee = Fixtures.committee();
        final long township = Fixtures.township(committee);
        final long platform = Fixtures.platform(committee, township);
        final long studio;
        final long sector = Fixtures.sector(committee);
        final long[] members = {Fixtures.member(committee, sector), Fixtures.member(committee, sector),
            Fixtures.member(committee, sector)};
        final long category = given().queryParam("committeeId", committee).when().get("/api/v1/opinion-categories")
                .then().extract().jsonPath().getLong("items[0].id");

        Place() {
            Map<String, Object> studio = Fixtures.studioFields(committee, township);
            studio.put("platformId", platform);
            this.studio = Fixtures.create("/api/v1/studios", studio);
        }

        Map<String, Object> fields(LocalDate on) {
            Map<String, Object> fields = new HashMap<>();
            fields.put("committeeId", committee);
            fields.put("kind", "QUARTERLY");
            fields.put("date", on.toString());
            fields.put("townshipId", township);
            fields.put("platformId", platform);
            fields.put("topic", Fixtures.unique("抗联食堂对外开放"));
            fields.put("members", List.of(Map.of("memberId", members[0], "attendance", "PRESENT"),
                    Map.of("memberId", members[1], "attendance", "EXCUSED"),
                    Map.of("memberId", members[2], "attendance", "ABSENT")));
            fields.put("guests", List.of(Map.of("name", "刘建军", "kind", "VILLAGE_REP", "unit", "建设村村民委员会"),
                    Map.of("name", "赵敏", "kind", "OFFICIAL", "unit", "王杨乡人民政府")));
            return fields;
        }

        long consultation(LocalDate on) {
            return Fixtures.create(CONSULTATIONS, fields(on));
        }

        /** An opinion of the first member, submitted and brought by the office through the given actions. */
        long opinion(String... actions) {
            Map<String, Object> fields = new HashMap<>(Map.of("committeeId", committee, "title", "抗联食堂闲置",
                    "content", "食堂建成后一直闲置", "categoryId", category, "collectedOn", TODAY.minusDays(40).toString(),
                    "townshipId", township, "source", "OTHER", "memberIds", List.of(members[0]), "submit", true));
            long id = Fixtures.create("/api/v1/opinions", fields);
            for (String action : actions) {
                Map<String, Object> body = new HashMap<>(Map.of("action", action));
                if (action.equals("ASSIGN")) {
                    body.putAll(Map.of("assignedUnit", "王杨乡人民政府", "dueDate", TODAY.plusDays(30).toString()));
                }
                if (action.equals("RESOLVE")) {
                    body.putAll(Map.of("resolution", "已开放", "resolvedOn", TODAY.toString()));
                }
                if (action.equals("CLOSE")) {
                    body.put("feedback", "SATISFIED");
                }
                given().contentType(ContentType.JSON).body(body).when().post("/api/v1/opinions/" + id + "/transitions")
                        .then().statusCode(200);
            }
            return id;
        }

        long outcome(long consultation, Map<String, Object> fields) {
            return given().contentType(ContentType.JSON).body(fields)
                    .when().post(CONSULTATIONS + "/" + consultation + "/outcomes")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
        }
    }

    /** A step whose body its own schema refuses: the service must refuse it too. */
    private static ValidatableResponse actAgainstContract(long outcome, Map<String, Object> body) {
        return Fixtures.broken().contentType(ContentType.JSON).body(body)
                .when().post(OUTCOMES + "/" + outcome + "/transitions").then();
    }

    private static ValidatableResponse act(long outcome, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post(OUTCOMES + "/" + outcome + "/transitions")
                .then();
    }

    @Test
    void everyWrongFieldOfAConsultationComesBackInOneAnswer() {
        Place place = new Place();
        long other = Fixtures.committee();
        Map<String, Object> fields = place.fields(TODAY.plusYears(1));
        fields.put("members", List.of(Map.of("memberId", Fixtures.member(other, Fixtures.sector(other)),
                "attendance", "PRESENT")));
        fields.put("opinionIds", List.of(999_999_999));
        assertProblem(given().contentType(ContentType.JSON).body(fields).when().post(CONSULTATIONS).then(), 400,
                "validation").body("errors.field", containsInAnyOrder("date", "members[0]", "opinionIds[0]"));
        given().queryParam("committeeId", place.committee).when().get(CONSULTATIONS).then().body("total", equalTo(0));
    }

    @Test
    void everyWrongFieldOfAnOutcomeComesBackInOneAnswer() {
        Place place = new Place();
        long consultation = place.consultation(TODAY.minusDays(3));
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("text", "早于协商",
                        "dueDate", TODAY.minusDays(30).toString(), "opinionIds", List.of(999_999_999)))
                .when().post(CONSULTATIONS + "/" + consultation + "/outcomes").then(), 400, "validation")
                .body("errors.field", containsInAnyOrder("dueDate", "opinionIds[0]"));
        given().when().get(CONSULTATIONS + "/" + consultation + "/outcomes").then().body("items", hasSize(0));
    }

    @Test
    void aConsultationCannotBeMovedAfterTheDueDateOfAnOutcomeItAgreed() {
        Place place = new Place();
        long consultation = place.consultation(TODAY.minusDays(30));
        place.outcome(consultation, Map.of("text", "村道硬化", "dueDate", TODAY.minusDays(20).toString()));
        assertFieldError(given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(place.fields(TODAY.minusDays(10))).when().put(CONSULTATIONS + "/" + consultation).then(), "date");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(place.fields(TODAY.minusDays(25)))
                .when().put(CONSULTATIONS + "/" + consultation).then().statusCode(200);
    }

    @Test
    void anOutcomeNumbered1000LeavesRoomForTheNextUnnumberedOne() {
        Place place = new Place();
        long consultation = place.consultation(TODAY.minusDays(3));
        place.outcome(consultation, Map.of("number", 1000, "text", "村道硬化"));
        long next = place.outcome(consultation, Map.of("text", "路灯维修"));
        given().when().get(OUTCOMES + "/" + next).then().body("number", equalTo(1));
        long third = place.outcome(consultation, Map.of("text", "垃圾清运"));
        given().when().get(OUTCOMES + "/" + third).then().body("number", equalTo(2));
    }

    @Test
    void eachStepTakesTheFieldsItsOwnSchemaOffersAndNoOthers() {
        Place place = new Place();
        long consultation = place.consultation(TODAY.minusDays(3));
        long outcome = place.outcome(consultation, Map.of("text", "抗联食堂月底前对外开放"));
        assertFieldError(actAgainstContract(outcome, Map.of("action", "START", "evidence", "已开放")), "evidence");
        act(outcome, Map.of("action", "START", "note", "乡政府已落实场地")).statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("progress.note", contains("乡政府已落实场地"));
        assertFieldError(actAgainstContract(outcome, Map.of("action", "PROGRESS", "date", TODAY.toString(), "note", " ")),
                "note");
    }

    @Test
    void aConsultationKeepsItsAttendanceGuestsAndTheOpinionsItTookUp() {
        Place place = new Place();
        long opinion = place.opinion("ACCEPT");
        Map<String, Object> fields = place.fields(TODAY.minusDays(3));
        fields.put("opinionIds", List.of(opinion));
        fields.put("summary", "与会各方同意抗联食堂于月底对外开放");
        long id = given().contentType(ContentType.JSON).body(fields).when().post(CONSULTATIONS)
                .then().statusCode(201)
                .body("attendance.present", equalTo(1)).body("attendance.excused", equalTo(1))
                .body("attendance.absent", equalTo(1))
                .body("members.find { it.id == " + place.members[1] + " }.attendance", equalTo("EXCUSED"))
                .body("guests.name", contains("刘建军", "赵敏"))
                .body("guests[1].unit", equalTo("王杨乡人民政府"))
                .body("opinions[0].status", equalTo("ACCEPTED"))
                .body("platformId", equalTo((int) place.platform))
                .extract().jsonPath().getLong("id");

        given().queryParam("memberId", place.members[2]).when().get(CONSULTATIONS)
                .then().statusCode(200).body("items.id", contains((int) id));
        Map<String, Object> changed = place.fields(TODAY.minusDays(3));
        changed.put("members", List.of(Map.of("memberId", place.members[2], "attendance", "PRESENT")));
        changed.put("guests", List.of());
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed).when().put(CONSULTATIONS + "/" + id)
                .then().statusCode(200).body("members", hasSize(1)).body("attendance.present", equalTo(1))
                .body("attendance.absent", equalTo(0)).body("guests", hasSize(0));
        given().queryParam("memberId", place.members[0]).when().get(CONSULTATIONS).then().body("total", equalTo(0));
    }

    @Test
    void aConsultationIsHeldSomewhereInItsTownshipOnADayThatHasCome() {
        Place place = new Place();
        Map<String, Object> fields = place.fields(TODAY.plusDays(1));
        assertFieldError(given().contentType(ContentType.JSON).body(fields).when().post(CONSULTATIONS).then(), "date");
        fields = place.fields(TODAY);
        fields.remove("platformId");
        assertFieldError(given().contentType(ContentType.JSON).body(fields).when().post(CONSULTATIONS).then(),
                "platformId");
        fields.put("studioId", place.studio);
        given().contentType(ContentType.JSON).body(fields).when().post(CONSULTATIONS).then().statusCode(201)
                .body("platformId", equalTo((int) place.platform)).body("studioId", equalTo((int) place.studio));
        fields = place.fields(TODAY);
        fields.put("townshipId", Fixtures.township(place.committee));
        assertFieldError(given().contentType(ContentType.JSON).body(fields).when().post(CONSULTATIONS).then(),
                "platformId");
        fields = place.fields(TODAY);
        fields.put("members", List.of(Map.of("memberId", place.members[0], "attendance", "PRESENT"),
                Map.of("memberId", place.members[0], "attendance", "ABSENT")));
        assertFieldError(given().contentType(ContentType.JSON).body(fields).when().post(CONSULTATIONS).then(),
                "members[1]");
        fields = place.fields(TODAY);
        fields.put("members", List.of(Map.of("memberId", place.members[0], "attendance", "LATE")));
        assertProblem(Fixtures.broken().contentType(ContentType.JSON).body(fields).when().post(CONSULTATIONS).then(),
                400, "validation");
        assertProblem(Auth.as(Auth.signedIn(Role.MEMBER, place.committee, place.members[0], null))
                .contentType(ContentType.JSON).body(place.fields(TODAY)).when().post(CONSULTATIONS).then(),
                403, "forbidden");
    }

    @Test
    void complianceShowsPerPlatformAndQuarterWhereAConsultationIsMissing() {
        Place place = new Place();
        long quiet = Fixtures.platform(place.committee, place.township);
        int lastYear = TODAY.getYear() - 1;
        long held = place.consultation(LocalDate.of(lastYear, 2, 10));
        Map<String, Object> atStudio = place.fields(LocalDate.of(lastYear, 8, 1));
        atStudio.remove("platformId");
        atStudio.put("studioId", place.studio);
        long viaStudio = Fixtures.create(CONSULTATIONS, atStudio);

        given().queryParam("year", lastYear).queryParam("committeeId", place.committee)
                .when().get(CONSULTATIONS + "/compliance")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("gaps", equalTo(2 + 4))
                .body("dueNow", equalTo(0))
                .body("items.find { it.platformId == " + place.platform + " }.quarters.state",
                        contains("HELD", "MISSED", "HELD", "MISSED"))
                .body("items.find { it.platformId == " + place.platform + " }.quarters[0].consultationIds",
                        contains((int) held))
                .body("items.find { it.platformId == " + place.platform + " }.quarters[2].consultationIds",
                        contains((int) viaStudio))
                .body("items.find { it.platformId == " + quiet + " }.quarters.state",
                        contains("MISSED", "MISSED", "MISSED", "MISSED"));
        given().queryParam("year", TODAY.getYear() + 1).queryParam("committeeId", place.committee)
                .when().get(CONSULTATIONS + "/compliance")
                .then().body("gaps", equalTo(0)).body("items[0].quarters.state", hasItem("UPCOMING"));
        int quarter = (TODAY.getMonthValue() - 1) / 3;
        given().queryParam("year", TODAY.getYear()).queryParam("committeeId", place.committee)
                .when().get(CONSULTATIONS + "/compliance")
                .then().body("dueNow", equalTo(2))
                .body("items[0].quarters[" + quarter + "].state", equalTo("DUE"));
        place.consultation(TODAY);
        given().queryParam("year", TODAY.getYear()).queryParam("committeeId", place.committee)
                .queryParam("gapsOnly", true).when().get(CONSULTATIONS + "/compliance")
                .then().body("dueNow", equalTo(1));
        assertFieldError(Fixtures.broken().when().get(CONSULTATIONS + "/compliance").then(), "year");
    }

    @Test
    void complianceExportsAPlatformARowWithEachQuartersStateCountAndConsultations() {
        Place place = new Place();
        long quiet = Fixtures.platform(place.committee, place.township);
        int lastYear = TODAY.getYear() - 1;
        long first = place.consultation(LocalDate.of(lastYear, 8, 1));
        long second = place.consultation(LocalDate.of(lastYear, 9, 1));
        Map<String, Object> query = Map.of("year", lastYear, "committeeId", place.committee);

        List<CSVRecord> year = Csv.records(given().queryParams(query).accept("text/csv")
                .when().get(CONSULTATIONS + "/compliance/export").then().statusCode(200).extract().asByteArray());
        assertEquals(List.of("平台编号", "联系平台", "乡镇（街道）", "第一季度", "第一季度协商次数", "第一季度协商编号",
                "第二季度", "第二季度协商次数", "第二季度协商编号", "第三季度", "第三季度协商次数", "第三季度协商编号",
                "第四季度", "第四季度协商次数", "第四季度协商编号"), year.get(0).getParser().getHeaderNames());
        Map<String, CSVRecord> byPlatform = new HashMap<>();
        year.forEach(r -> byPlatform.put(r.get("平台编号"), r));
        assertEquals(Set.of(String.valueOf(place.platform), String.valueOf(quiet)), byPlatform.keySet());
        CSVRecord held = byPlatform.get(String.valueOf(place.platform));
        assertEquals(List.of("季度已过未开展", "季度已过未开展", "已开展", "季度已过未开展"),
                List.of(held.get("第一季度"), held.get("第二季度"), held.get("第三季度"), held.get("第四季度")));
        assertEquals("2", held.get("第三季度协商次数"));
        assertEquals(first + "、" + second, held.get("第三季度协商编号"));

        List<Row> third = Xlsx.rows(given().queryParams(query).queryParam("quarter", 3).queryParam("gapsOnly", true)
                .accept(Export.XLSX).when().get(CONSULTATIONS + "/compliance/export").then().statusCode(200)
                .extract().asByteArray());
        assertEquals(List.of("平台编号", "联系平台", "乡镇（街道）", "第三季度", "第三季度协商次数", "第三季度协商编号"),
                third.get(1).stream().map(c -> c.getText()).toList());
        assertEquals(3, third.size(), "the title, the header and the one platform that missed the quarter");
        assertEquals(quiet, third.get(2).getCell(0).asNumber().longValueExact());
        assertEquals(0, third.get(2).getCell(4).asNumber().intValueExact());
        assertFieldError(Fixtures.broken().accept("text/csv").when().get(CONSULTATIONS + "/compliance/export").then(),
                "year");
    }

    @Test
    void outcomesAreNumberedWithinTheirConsultation() {
        Place place = new Place();
        long consultation = place.consultation(TODAY.minusDays(5));
        long first = place.outcome(consultation, Map.of("text", "抗联食堂月底前对外开放", "responsibleUnit", "王杨乡人民政府"));
        long second = place.outcome(consultation, Map.of("text", "采摘园道路硬化"));
        given().when().get(OUTCOMES + "/" + second).then().body("number", equalTo(2)).body("status", equalTo("AGREED"));
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("text", "重复", "number", 1))
                .when().post(CONSULTATIONS + "/" + consultation + "/outcomes").then(), 409, "duplicate");
        given().when().get(CONSULTATIONS + "/" + consultation + "/outcomes")
                .then().statusCode(200).body("items.id", contains((int) first, (int) second));
        given().when().get(CONSULTATIONS + "/" + consultation).then().body("outcomeCount", equalTo(2));
        assertProblem(given().when().delete(CONSULTATIONS + "/" + consultation).then(), 409, "in-use");
        given().when().delete(OUTCOMES + "/" + second).then().statusCode(204);
        assertFieldError(given().contentType(ContentType.JSON)
                .body(Map.of("text", "早于协商", "dueDate", TODAY.minusDays(30).toString()))
                .when().post(CONSULTATIONS + "/" + consultation + "/outcomes").then(), "dueDate");
    }

    @Test
    void implementingAnOutcomeResolvesTheOpinionsItAnswersInTheSameRequest() {
        Place place = new Place();
        long assigned = place.opinion("ACCEPT", "ASSIGN");
        long accepted = place.opinion("ACCEPT");
        long closed = place.opinion("ACCEPT", "ASSIGN", "RESOLVE", "CLOSE");
        long consultation = place.consultation(TODAY.minusDays(5));
        long outcome = place.outcome(consultation, Map.of("text", "抗联食堂月底前对外开放", "opinionIds",
                List.of(assigned, accepted, closed)));

        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .body(Map.of("action", "IMPLEMENT", "date", TODAY.toString(), "evidence", "抗联食堂正式对外开放"))
                .when().post(OUTCOMES + "/" + outcome + "/transitions").then(), 409, "stale-version");
        given().when().get("/api/v1/opinions/" + assigned).then().body("status", equalTo("ASSIGNED"));

        act(outcome, Map.of("action", "IMPLEMENT", "date", TODAY.toString(), "evidence", "抗联食堂正式对外开放"))
                .statusCode(200).body("status", equalTo("IMPLEMENTED"))
                .body("opinions.find { it.id == " + assigned + " }.status", equalTo("RESOLVED"))
                .body("opinions.find { it.id == " + accepted + " }.status", equalTo("RESOLVED"))
                .body("opinions.find { it.id == " + closed + " }.status", equalTo("CLOSED"));
        given().when().get("/api/v1/opinions/" + assigned).then()
                .body("resolution", equalTo("抗联食堂正式对外开放")).body("resolvedOn", equalTo(TODAY.toString()))
                .body("awaitingConfirmation", equalTo(true));
        given().when().get("/api/v1/opinions/" + assigned + "/history").then()
                .body("items[-1].action", equalTo("RESOLVE"))
                .body("items[-1].note", containsString("协商成果落实"));
        given().when().get("/api/v1/opinions/" + closed + "/history").then().body("items[-1].action", equalTo("CLOSE"));
    }

    @Test
    void outcomesMoveOnlyAlongTheirLifecycleWithProgressAndReasons() {
        Place place = new Place();
        long consultation = place.consultation(TODAY.minusDays(5));
        Map<String, List<String>> allowed = Map.of(
                "AGREED", List.of("START", "PROGRESS", "IMPLEMENT", "DROP"),
                "IN_PROGRESS", List.of("PROGRESS", "IMPLEMENT", "DROP"),
                "IMPLEMENTED", List.of(),
                "DROPPED", List.of());
        Map<String, List<String>> pathTo = Map.of("AGREED", List.of(), "IN_PROGRESS", List.of("START"),
                "IMPLEMENTED", List.of("IMPLEMENT"), "DROPPED", List.of("DROP"));
        Map<String, String> leadsTo = Map.of("START", "IN_PROGRESS", "IMPLEMENT", "IMPLEMENTED", "DROP", "DROPPED");
        for (String state : allowed.keySet()) {
            for (String action : List.of("START", "PROGRESS", "IMPLEMENT", "DROP")) {
                long outcome = place.outcome(consultation, Map.of("text", Fixtures.unique("共识")));
                for (String step : pathTo.get(state)) {
                    act(outcome, body(step)).statusCode(200);
                }
                if (allowed.get(state).contains(action)) {
                    act(outcome, body(action)).statusCode(200)
                            .body("status", equalTo(leadsTo.getOrDefault(action, state)));
                } else {
                    assertProblem(act(outcome, body(action)), 409, "illegal-state")
                            .body("allowed.action", equalTo(allowed.get(state)));
                }
            }
        }
        long outcome = place.outcome(consultation, Map.of("text", "采摘园道路硬化"));
        act(outcome, Map.of("action", "PROGRESS", "date", TODAY.minusDays(1).toString(), "note", "已完成路基施工"))
                .statusCode(200).body("progress[0].note", equalTo("已完成路基施工")).body("status", equalTo("AGREED"));
        assertFieldError(actAgainstContract(outcome, Map.of("action", "DROP")), "reason");
        assertFieldError(act(outcome, Map.of("action", "IMPLEMENT", "date", TODAY.plusDays(1).toString(),
                "evidence", "已完工")), "date");
        assertFieldError(actAgainstContract(outcome, Map.of("action", "START", "evidence", "已完工")), "evidence");
    }

    private static Map<String, Object> body(String action) {
        return switch (action) {
            case "PROGRESS" -> Map.of("action", action, "date", TODAY.toString(), "note", "推进中");
            case "IMPLEMENT" -> Map.of("action", action, "date", TODAY.toString(), "evidence", "已完成");
            case "DROP" -> Map.of("action", action, "reason", "经论证不具备实施条件");
            default -> Map.of("action", action);
        };
    }

    @Test
    void outcomesPastTheirDueDateAndNotImplementedAreOverdue() {
        Place place = new Place();
        long consultation = place.consultation(TODAY.minusDays(60));
        long late = place.outcome(consultation, Map.of("text", "路灯修复", "dueDate", TODAY.minusDays(1).toString()));
        long done = place.outcome(consultation, Map.of("text", "食堂开放", "dueDate", TODAY.minusDays(2).toString()));
        act(done, body("IMPLEMENT")).statusCode(200).body("overdue", equalTo(false));
        long onTime = place.outcome(consultation, Map.of("text", "道路硬化", "dueDate", TODAY.plusDays(9).toString()));
        long noDate = place.outcome(consultation, Map.of("text", "长期跟踪"));

        given().queryParam("committeeId", place.committee).queryParam("overdue", true).when().get(OUTCOMES)
                .then().statusCode(200).body("items.id", contains((int) late)).body("items[0].overdue", equalTo(true));
        given().queryParam("committeeId", place.committee).when().get(OUTCOMES)
                .then().body("items.id", contains((int) done, (int) late, (int) onTime, (int) noDate));
        given().queryParam("committeeId", place.committee).queryParam("status", "IMPLEMENTED").when().get(OUTCOMES)
                .then().body("items.id", contains((int) done)).body("items[0].dropReason", nullValue());
        Auth.as(Auth.signedIn(Role.OFFICE, Fixtures.committee(), null, null)).when().get(OUTCOMES + "/" + late)
                .then().statusCode(404);
    }
}
