package cn.cppcc.liaison.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cppcc.liaison.audit.AuditRecordType;
import cn.cppcc.liaison.demo.DemoData;
import cn.cppcc.liaison.kernel.Export;
import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.Role;
import cn.cppcc.liaison.support.Auth;
import cn.cppcc.liaison.support.Csv;
import cn.cppcc.liaison.support.CleanDatabase;
import cn.cppcc.liaison.support.KeepsDatabase;
import cn.cppcc.liaison.support.Xlsx;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every list's {@code /export} holds what the list holds: over the demo committee, each export operation of the
 * contract takes exactly its list's filters, and its CSV and its XLSX have the list's {@code total} rows in the
 * list's order, ids as numbers under a title naming the committee; a reporter's roster is masked as the list masks
 * it.
 */
@QuarkusTest
@KeepsDatabase
class ListExportsTest {

    @Inject
    DemoData demo;

    @Inject
    OfficeClock clock;

    /** Whether this class has loaded the demo: its tests only read, so they share one load. */
    private static boolean loaded;

    @BeforeAll
    static void nothingLoadedYet() {
        loaded = false;
    }

    /** The demo as loaded on its office date, which each test reads on: loaded by the first test that needs it. */
    private void load() {
        if (!loaded) {
            CleanDatabase.empty();
        }
        clock.setToday(LocalDate.of(2026, 12, 4));
        if (!loaded) {
            assertTrue(demo.load());
            loaded = true;
        }
    }

    @Test
    void everyListsExportHoldsTheListsRowsInItsOrderAsCsvAndAsExcel() {
        load();
        Map<String, Object> committee = given().queryParam("size", 1).when().get("/api/v1/committees").then()
                .statusCode(200).extract().jsonPath().getMap("items[0]");
        Map<String, Object> mine = Map.of("committeeId", committee.get("id"));
        // The demo has no API token (a secret everyone knows would open it): one, so that list has a row.
        Auth.apiToken(Role.REPORTER, ((Number) committee.get("id")).longValue());
        Map<String, String> exports = exports();
        assertEquals(23, exports.size(), "the lists with an export: " + exports.keySet());
        int batched = 0;
        for (var export : exports.entrySet()) {
            String list = export.getKey();
            // The committees' list is of every committee the caller reads; the others are of one committee's.
            boolean ofCommittee = parameters(list, Set.of()).contains("committeeId");
            Map<String, Object> query = new HashMap<>(ofCommittee ? mine : Map.of());
            if (required(list).contains("year")) {
                // The evaluation's adjustments and objections are of a year, which they must be given: the demo's.
                query.put("year", 2026);
            }
            boolean trail = list.equals("/api/v1/audit");
            List<Object> ids = listIds(given(), list, query);
            assertFalse(ids.isEmpty(), list + " has rows in the demo, or this proves nothing");
            batched += ids.size() > Export.BATCH ? 1 : 0;
            List<CSVRecord> csv = csv(given(), export.getValue(), query);
            // A change of the trail is its revision and record; a revision may change several records.
            assertEquals(ids, csv.stream().map(r -> (Object) (trail ? r.get("修订号") + "/" + r.get("记录类型") + "/"
                    + r.get("记录编号") : Long.valueOf(r.get("编号")))).toList(), list + " as CSV");
            List<Row> xlsx = Xlsx.rows(xlsx(given(), export.getValue(), query));
            String title = xlsx.get(0).getCellText(0);
            assertTrue(ofCommittee ? title.startsWith((String) committee.get("name")) && title.contains("committeeId="
                    + committee.get("id")) : title.contains("无筛选条件"), list + ": " + title);
            assertEquals(csv.get(0).getParser().getHeaderNames(), xlsx.get(1).stream().map(c -> c.getText()).toList());
            List<Object> inExcel = new ArrayList<>();
            for (Row row : xlsx.subList(2, xlsx.size())) {
                assertEquals(CellType.NUMBER, row.getCell(0).getType(), list + ": an id is a number");
                long id = row.getCell(0).asNumber().longValueExact();
                inExcel.add(trail ? id + "/" + row.getCell(4).getText() + "/" + row.getCell(5).asNumber()
                        .longValueExact() : id);
            }
            assertEquals(ids, inExcel, list + " as XLSX");
        }
        assertTrue(batched > 0, "some list has more rows than a batch, so its export reads several");
    }

    @Test
    void aReportersRosterIsMaskedInTheFilesAsInTheList() {
        load();
        long committee = given().queryParam("size", 1).when().get("/api/v1/committees").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        RequestSpecification reporter = Auth.as(Auth.signedIn(Role.REPORTER, committee, null, null));
        Map<Long, String> listed = new LinkedHashMap<>();
        for (int page = 1; ; page++) {
            List<Map<String, Object>> items = given().spec(reporter).queryParams("page", page, "size", 200)
                    .when().get("/api/v1/members").then().statusCode(200).extract().jsonPath().getList("items");
            items.forEach(m -> listed.put(((Number) m.get("id")).longValue(), (String) m.get("phone")));
            if (items.size() < 200) {
                break;
            }
        }
        Map<Long, String> exported = new LinkedHashMap<>();
        csv(reporter, "/api/v1/members/export", Map.of()).forEach(r -> exported.put(Long.valueOf(r.get("编号")),
                r.get("电话").isEmpty() ? null : r.get("电话")));
        assertEquals(listed, exported);
        assertTrue(listed.values().stream().anyMatch(p -> p != null && p.contains("****")), "phones are masked");
        Map<Long, String> inExcel = new LinkedHashMap<>();
        List<Row> rows = Xlsx.rows(xlsx(reporter, "/api/v1/members/export", Map.of()));
        int phone = rows.get(1).stream().map(c -> c.getText()).toList().indexOf("电话");
        for (Row row : rows.subList(2, rows.size())) {
            inExcel.put(row.getCell(0).asNumber().longValueExact(), row.getOptionalCell(phone)
                    .filter(c -> c.getType() != CellType.EMPTY).map(c -> c.getText()).orElse(null));
        }
        assertEquals(listed, inExcel);
    }

    @Test
    void anExportTakesExactlyItsListsFilters() {
        for (var export : exports().entrySet()) {
            Set<String> list = parameters(export.getKey(), Set.of("page", "size", "sort"));
            assertEquals(list, parameters(export.getValue(), Set.of()), export.getValue());
        }
    }

    /** Each paged list path with an export, and its export's path. */
    private static Map<String, String> exports() {
        Map<String, String> exports = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> paths = ContractOperations.contract().get("paths").fields();
        while (paths.hasNext()) {
            var path = paths.next();
            String list = path.getKey().replaceFirst("/export$", "");
            JsonNode listOperation = ContractOperations.contract().get("paths").path(list).path("get");
            // The paged lists; a year's evaluation lists ({year}/groups, {year}/inactive) have their own test.
            if (path.getKey().endsWith("/export") && listOperation.path("operationId").asText().startsWith("list")
                    && !list.contains("{")) {
                exports.put(list, path.getKey());
            }
        }
        return exports;
    }

    private static Set<String> required(String path) {
        Set<String> names = new TreeSet<>();
        for (JsonNode parameter : ContractOperations.contract().get("paths").get(path).get("get").get("parameters")) {
            JsonNode declared = ContractOperations.resolve(parameter);
            if (declared.path("required").asBoolean()) {
                names.add(declared.get("name").asText());
            }
        }
        return names;
    }

    private static Set<String> parameters(String path, Set<String> leftOut) {
        Set<String> names = new TreeSet<>();
        for (JsonNode parameter : ContractOperations.contract().get("paths").get(path).get("get").get("parameters")) {
            String name = ContractOperations.resolve(parameter).get("name").asText();
            if (!leftOut.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** The rows' ids, page after page; the trail's rows as revision/记录类型/record, its record type as labelled. */
    private static List<Object> listIds(RequestSpecification as, String path, Map<String, Object> query) {
        List<Object> ids = new ArrayList<>();
        boolean trail = path.equals("/api/v1/audit");
        for (int page = 1; ; page++) {
            Map<String, Object> paged = new HashMap<>(query);
            paged.put("page", page);
            paged.put("size", 200);
            List<Map<String, Object>> items = given().spec(as).queryParams(paged).when().get(path).then()
                    .statusCode(200).extract().jsonPath().getList("items");
            items.forEach(item -> ids.add(trail ? item.get("revision") + "/"
                    + AuditRecordType.valueOf((String) item.get("recordType")).label + "/" + item.get("recordId")
                    : (Object) ((Number) item.get("id")).longValue()));
            if (items.size() < 200) {
                return ids;
            }
        }
    }

    private static List<CSVRecord> csv(RequestSpecification as, String path, Map<String, Object> query) {
        byte[] body = given().spec(as).queryParams(query).accept("text/csv").when().get(path).then().statusCode(200)
                .contentType("text/csv").extract().asByteArray();
        return Csv.records(body);
    }

    private static byte[] xlsx(RequestSpecification as, String path, Map<String, Object> query) {
        return given().spec(as).queryParams(query).accept(Export.XLSX).when().get(path).then().statusCode(200)
                .contentType(Export.XLSX).extract().asByteArray();
    }
}
