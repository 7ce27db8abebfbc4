package cn.cppcc.liaison.evaluation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cppcc.liaison.kernel.Export;
import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.Role;
import cn.cppcc.liaison.support.Auth;
import cn.cppcc.liaison.support.Csv;
import cn.cppcc.liaison.support.Xlsx;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The evaluation's lists as files hold what the lists hold, for whoever reads them: the result table as CSV too,
 * the groups' figures, and the members to talk to within a convenor's group.
 */
@QuarkusTest
class EvaluationExportsTest {

    @Inject
    OfficeClock clock;

    EvaluationWorld world;

    @BeforeEach
    void computed() {
        world = new EvaluationWorld(clock).build().withRules();
        given().queryParam("committeeId", world.committee).when().post("/api/v1/evaluations/2025/compute")
                .then().statusCode(200);
    }

    @Test
    void theResultTableIsACsvFileWhenAskedAndStaysAWorkbookOtherwise() {
        RequestSpecification office = Auth.as(Auth.signedIn(Role.OFFICE, world.committee, null, null));
        List<Map<String, Object>> listed = given().spec(office).queryParams("year", 2025, "size", 200)
                .when().get("/api/v1/evaluations").then().statusCode(200).extract().jsonPath().getList("items");
        List<CSVRecord> csv = Csv.records(given().spec(office).accept("text/csv").when()
                .get("/api/v1/evaluations/2025/export").then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"evaluation-2025.csv\"").extract().asByteArray());
        assertEquals(listed.stream().map(m -> String.valueOf(m.get("memberId"))).toList(),
                csv.stream().map(r -> r.get("委员编号")).toList());
        assertEquals(listed.stream().map(m -> new BigDecimal(String.valueOf(m.get("score")))).toList(),
                csv.stream().map(r -> new BigDecimal(r.get("得分"))).toList());
        given().spec(office).when().get("/api/v1/evaluations/2025/export").then().statusCode(200)
                .contentType(Export.XLSX);

        List<CSVRecord> anonymous = Csv.records(given().spec(Auth.as(Auth.apiToken(Role.REPORTER, world.committee)))
                .accept("text/csv").when().get("/api/v1/evaluations/2025/export").then().statusCode(200).extract()
                .asByteArray());
        assertEquals(listed.size(), anonymous.size());
        assertFalse(anonymous.get(0).getParser().getHeaderNames().contains("姓名"), "a reporter sees no names");
        assertFalse(anonymous.get(0).getParser().getHeaderNames().contains("委员编号"));
    }

    @Test
    void theGroupsFiguresAreTheListsRowByRow() {
        List<Map<String, Object>> groups = given().queryParam("committeeId", world.committee).when()
                .get("/api/v1/evaluations/2025/groups").then()
                .statusCode(200).extract().jsonPath().getList("$");
        List<Row> rows = Xlsx.rows(given().queryParam("committeeId", world.committee).accept(Export.XLSX).when()
                .get("/api/v1/evaluations/2025/groups/export")
                .then().statusCode(200).extract().asByteArray());
        assertTrue(rows.get(0).getCellText(0).contains("2025 年度活动组考评"), rows.get(0).getCellText(0));
        List<String> header = rows.get(1).stream().map(c -> c.getText()).toList();
        assertEquals(List.of("活动组编号", "活动组", "委员人数", "总分", "平均分", "优秀", "称职", "基本称职", "不称职",
                "低于最低要求"), header);
        assertEquals(groups.size(), rows.size() - 2);
        for (int i = 0; i < groups.size(); i++) {
            Map<String, Object> group = groups.get(i);
            Row row = rows.get(i + 2);
            assertEquals(group.get("groupName"), row.getCellText(1));
            assertEquals(((Number) group.get("members")).intValue(), row.getCell(2).asNumber().intValueExact());
            assertEquals(new BigDecimal(String.valueOf(group.get("average"))).compareTo(row.getCell(4).asNumber()),
                    0, "the average is a number, as listed");
        }
    }

    @Test
    void aConvenorsInactiveMembersAreTheirGroupsAndAReporterHasNone() {
        String convenor = Auth.signedIn(Role.CONVENOR, world.committee, world.wang, world.group1);
        List<Object> listed = Auth.as(convenor).when().get("/api/v1/evaluations/2025/inactive").then().statusCode(200)
                .extract().jsonPath().getList("memberId");
        assertFalse(listed.isEmpty(), "the world has inactive members in group 1, or this proves nothing");
        List<CSVRecord> csv = Csv.records(Auth.as(convenor).accept("text/csv").when()
                .get("/api/v1/evaluations/2025/inactive/export").then().statusCode(200).extract().asByteArray());
        assertEquals(listed.stream().map(String::valueOf).toList(), csv.stream().map(r -> r.get("委员编号")).toList());
        assertTrue(csv.stream().allMatch(r -> !r.get("原因").isEmpty()), "every row says why");
        Auth.as(Auth.apiToken(Role.REPORTER, world.committee)).accept("text/csv").when()
                .get("/api/v1/evaluations/2025/inactive/export").then().statusCode(403);
    }
}
