package cn.cppcc.liaison.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cppcc.liaison.kernel.Export;
import cn.cppcc.liaison.support.Auth;
import cn.cppcc.liaison.support.Csv;
import cn.cppcc.liaison.support.Fixtures;
import cn.cppcc.liaison.support.Xlsx;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * The trail's exports read as a person would check them in Excel: a change a row, newest first, what it changed
 * spelled out field by field; and exporting changes that hold a phone number is itself a logged read.
 */
@QuarkusTest
class AuditExportTest {

    @Test
    void aMembersChangesAreSpelledOutFieldByFieldAndTheExportIsALoggedRead() {
        long committee = Fixtures.committee();
        Map<String, Object> fields = Fixtures.memberFields(committee, Fixtures.sector(committee));
        fields.put("jobTitle", "副局长");
        fields.put("phone", "13904581234");
        long member = Fixtures.create("/api/v1/members", fields);
        fields.put("jobTitle", "局长");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fields)
                .when().put("/api/v1/members/" + member).then().statusCode(200);
        Map<String, Object> query = Map.of("recordType", "MEMBER", "recordId", member);

        List<CSVRecord> rows = csv(query);
        assertEquals(List.of("修改", "新建"), rows.stream().map(r -> r.get("操作")).toList());
        assertEquals("jobTitle：副局长 → 局长", rows.get(0).get("改动"));
        assertEquals("jobTitle", rows.get(0).get("改动的字段"));
        assertTrue(rows.get(1).get("改动").lines().toList().containsAll(List.of("jobTitle：副局长", "phone：13904581234")),
                rows.get(1).get("改动"));
        assertEquals("委员", rows.get(0).get("记录类型"));
        assertEquals(String.valueOf(member), rows.get(0).get("记录编号"));

        List<Row> sheet = Xlsx.rows(given().queryParams(query).accept(Export.XLSX).when().get("/api/v1/audit/export")
                .then().statusCode(200).extract().asByteArray());
        assertEquals(rows.get(0).get("改动"), sheet.get(2).getCellText(8));

        given().queryParams(Map.of("recordId", member, "recordType", "MEMBER")).when().get("/api/v1/audit/reads")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].path", startsWith("/api/v1/audit/export?"))
                .body("items[0].actor", equalTo(Auth.ADMIN_USERNAME));
        List<CSVRecord> reads = Csv.records(given().queryParams(Map.of("recordId", member)).accept("text/csv").when()
                .get("/api/v1/audit/reads/export").then().statusCode(200).extract().asByteArray());
        assertEquals(2, reads.size());
        assertEquals(String.valueOf(member), reads.get(0).get("记录编号"));
        assertEquals("phone", reads.get(0).get("个人信息"));
    }

    @Test
    void theTrailsExportsAreForTheOfficeOnly() {
        for (String path : List.of("/api/v1/audit/export", "/api/v1/audit/reads/export")) {
            given().spec(Auth.as(Auth.signedIn(cn.cppcc.liaison.kernel.Role.REPORTER, Fixtures.committee(), null,
                    null))).accept("text/csv").when().get(path).then().statusCode(403);
        }
    }

    private static List<CSVRecord> csv(Map<String, Object> query) {
        return Csv.records(given().queryParams(query).accept("text/csv").when().get("/api/v1/audit/export").then()
                .statusCode(200).extract().asByteArray());
    }

}
