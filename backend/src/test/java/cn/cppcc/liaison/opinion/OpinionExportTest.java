package cn.cppcc.liaison.opinion;

import static cn.cppcc.liaison.opinion.OpinionWorld.OPINIONS;
import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static cn.cppcc.liaison.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cppcc.liaison.kernel.Export;
import cn.cppcc.liaison.kernel.ExportColumn;
import cn.cppcc.liaison.kernel.Masking;
import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.Role;
import cn.cppcc.liaison.support.Auth;
import cn.cppcc.liaison.support.Csv;
import cn.cppcc.liaison.support.ContractFilter;
import cn.cppcc.liaison.support.Fixtures;
import cn.cppcc.liaison.support.Pages;
import cn.cppcc.liaison.support.Xlsx;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * The opinion export writes what the list lists, for every filter and every role, in the list's order across
 * batches; a cell that would start a formula reads as text, an id as a number; and a request it cannot answer is a
 * problem, not a file.
 */
@QuarkusTest
class OpinionExportTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Inject
    OfficeClock clock;

    @Test
    void formulasTypedIntoAnOpinionAreExportedAsTextAndItsIdAsANumber() {
        OpinionWorld world = new OpinionWorld();
        Map<Long, String> titles = new LinkedHashMap<>();
        for (String title : List.of("=cmd|' /C calc'!A0", "+1", "-1+2", "@SUM(A1)", "路灯不亮")) {
            titles.put(world.draft(title, "群众反映"), title);
        }
        // The API strips surrounding white space; a leading tab or carriage return can only come from the table.
        for (String title : List.of("\t=1+1", "\r=1+1")) {
            long id = world.draft("待改写的标题", "群众反映");
            BulkOpinions.update("update opinion set title = ? where id = ?", title, id);
            titles.put(id, title);
        }
        Map<String, Object> fields = world.fields("=HYPERLINK(\"http://example.com\",\"点击\")", "群众反映");
        fields.put("raisedByName", "@某某");
        fields.put("raisedByPhone", "+8613812341234");
        long handled = world.create(fields);
        titles.put(handled, (String) fields.get("title"));
        for (String action : List.of("SUBMIT", "ACCEPT", "FORWARD")) {
            world.act(handled, Map.of("action", action)).statusCode(200);
        }
        world.act(world.asParentOffice(), handled, Map.of("action", "ADOPT", "instruction", "=1+1")).statusCode(200);
        world.act(handled, Map.of("action", "ASSIGN", "assignedUnit", "-2+3局",
                "dueDate", OpinionWorld.today().plusDays(30).toString())).statusCode(200);
        world.act(handled, Map.of("action", "RESOLVE", "resolution", "@已修复",
                "resolvedOn", OpinionWorld.today().toString())).statusCode(200);

        Map<Long, CSVRecord> rows = byId(export(given(), Map.of("committeeId", world.committee)));
        assertEquals(titles.keySet(), rows.keySet());
        for (var title : titles.entrySet()) {
            CSVRecord row = rows.get(title.getKey());
            assertEquals(String.valueOf(title.getKey()), row.get("编号"), "an id is a plain number");
            String expected = title.getValue().equals("路灯不亮") ? "路灯不亮" : "'" + title.getValue();
            assertEquals(expected, row.get("标题"), "title " + title.getValue());
        }
        CSVRecord row = rows.get(handled);
        assertEquals("'@某某", row.get("反映人"));
        assertEquals("'+8613812341234", row.get("反映人电话"));
        assertEquals("'-2+3局", row.get("承办单位"));
        assertEquals("'@已修复", row.get("办理结果"));
        assertEquals("'=1+1", row.get("上级批示"));
        // Masked, the phone still begins with + and is still neutralised.
        CSVRecord masked = byId(export(world.as(Role.REPORTER), Map.of("committeeId", world.committee))).get(handled);
        assertEquals("'" + Masking.phone("+8613812341234"), masked.get("反映人电话"));
        assertEquals("'" + Masking.name("@某某"), masked.get("反映人"));
        // In Excel every text is a string cell, written as typed: none is a formula.
        Map<Long, Map<String, Cell>> cells = exportXlsx(given(), Map.of("committeeId", world.committee));
        assertEquals(titles.keySet(), cells.keySet());
        for (var title : titles.entrySet()) {
            Cell cell = cells.get(title.getKey()).get("标题");
            assertEquals(CellType.STRING, cell.getType(), title.getValue());
            assertEquals(title.getValue(), cell.getText());
        }
        assertEquals("=1+1", cells.get(handled).get("上级批示").getText());
        assertEquals(CellType.STRING, cells.get(handled).get("上级批示").getType());
        assertEquals(OpinionWorld.today(), cells.get(handled).get("办结日期").asDate().toLocalDate());
        assertEquals(Masking.phone("+8613812341234"), text(exportXlsx(world.as(Role.REPORTER),
                Map.of("committeeId", world.committee)).get(handled).get("反映人电话")));
    }

    @Test
    void everyFilterOfTheListIsHonouredByTheExport() {
        Map<String, Map<String, Object>> cases = filterWorld();
        List<String> listFilters = parameters("listOpinions").stream()
                .filter(p -> !Set.of("page", "size", "sort").contains(p)).toList();
        assertEquals(new TreeSet<>(listFilters), new TreeSet<>(parameters("exportOpinions")),
                "the export takes exactly the list's filters");
        assertEquals(new TreeSet<>(listFilters), cases.values().stream().flatMap(q -> q.keySet().stream())
                .collect(Collectors.toCollection(TreeSet::new)), "a case for every filter of the list");
        long all = Pages.total(OPINIONS, Map.of());
        for (var filter : cases.entrySet()) {
            Set<Long> listed = Pages.all(OPINIONS, filter.getValue()).stream()
                    .map(item -> ((Number) item.get("id")).longValue()).collect(Collectors.toSet());
            long total = Pages.total(OPINIONS, filter.getValue());
            assertTrue(total > 0 && total < all, filter.getKey() + " matters here: " + total + " of " + all);
            List<CSVRecord> exported = export(given(), filter.getValue());
            assertEquals(total, exported.size(), filter.getKey());
            assertEquals(listed, byId(exported).keySet(), filter.getKey());
        }
    }

    @Test
    void eachRoleExportsThePersonalDataTheListShowsIt() {
        OpinionWorld world = new OpinionWorld();
        world.create(world.fields("路灯不亮", "小区路灯损坏", world.member));
        world.create(world.fields("道路破损", "道路多处破损", world.groupMate));
        world.create(world.fields("垃圾清运不及时", "清运", world.outsider));
        Set<String> phones = new TreeSet<>();
        for (Role role : List.of(Role.ADMIN, Role.OFFICE, Role.REPORTER, Role.CONVENOR, Role.LIAISON, Role.MEMBER)) {
            Map<Long, List<String>> listed = new HashMap<>();
            for (Map<String, Object> item : world.as(role).queryParam("size", 200).when().get(OPINIONS).then()
                    .statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items")) {
                listed.put(((Number) item.get("id")).longValue(),
                        Arrays.asList((String) item.get("raisedByName"), (String) item.get("raisedByPhone")));
            }
            Map<Long, List<String>> exported = new HashMap<>();
            byId(export(world.as(role), Map.of())).forEach((id, row) ->
                    exported.put(id, List.of(row.get("反映人"), row.get("反映人电话"))));
            assertEquals(listed, exported, role.name());
            Map<Long, List<String>> inExcel = new HashMap<>();
            exportXlsx(world.as(role), Map.of()).forEach((id, row) ->
                    inExcel.put(id, Arrays.asList(text(row.get("反映人")), text(row.get("反映人电话")))));
            assertEquals(listed, inExcel, role.name() + " in Excel");
            exported.values().forEach(person -> phones.add(person.get(1)));
        }
        // Both readings occurred, so the comparison means something.
        assertEquals(Set.of("13812341234", "138****1234"), phones);
    }

    @Test
    void rowsComeInTheListsOrderAcrossBatchesWithoutRepeatsOrGapsAndEveryBatchIsLoggedAsRead() {
        OpinionWorld world = new OpinionWorld();
        int count = 2 * Export.BATCH + 234;
        BulkOpinions.insert(world, count, OpinionWorld.today(), "已修复", 1);
        List<Long> expected = BulkOpinions.ids("select id from opinion where committee_id = ?"
                + " order by collected_on desc, id desc", world.committee);
        assertEquals(count, expected.size());

        List<Long> exported = export(given(), Map.of("committeeId", world.committee)).stream()
                .map(r -> Long.parseLong(r.get("编号"))).toList();
        assertEquals(count, exported.size());
        for (int i = 0; i < count; i++) {
            assertEquals(expected.get(i), exported.get(i), "row " + (i + 1));
        }
        // The first batch is read before the answer starts, the others while it is written: each is logged.
        given().queryParam("recordType", "OPINION").when().get("/api/v1/audit/reads").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(3));
        given().queryParam("recordType", "OPINION").queryParam("recordId", expected.get(count - 1))
                .when().get("/api/v1/audit/reads").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void anExportThatCannotBeAnsweredIsAProblemBeforeAnyByte() {
        new OpinionWorld();
        assertFieldError(given().accept("text/csv, application/problem+json")
                .queryParams(Map.of("from", "2026-03-31", "to", "2026-03-01"))
                .when().get(OPINIONS + "/export").then(), "to")
                .header("Content-Disposition", nullValue());
        assertFieldError(Fixtures.broken().accept("text/csv, application/problem+json")
                .queryParam("figure", "EVERYTHING").when().get(OPINIONS + "/export").then(), "figure");
        assertProblem(Auth.anonymous().accept("text/csv, application/problem+json")
                .when().get(OPINIONS + "/export").then(), 401, "unauthorized")
                .header("Content-Disposition", nullValue());
    }

    /**
     * Two committees, the first with opinions that differ in every way the list filters by; answers, for each filter
     * of the list, a query on which it keeps some opinions and leaves out others.
     */
    private Map<String, Map<String, Object>> filterWorld() {
        clock.setToday(LocalDate.of(2026, 3, 2));
        OpinionWorld world = new OpinionWorld();
        OpinionWorld other = new OpinionWorld();
        other.create(other.fields("农产品销售难", "蓝莓滞销"));
        long secondCategory = given().queryParam("committeeId", world.committee).when().get("/api/v1/opinion-categories")
                .then().statusCode(200).extract().jsonPath().getLong("items[1].id");
        Map<String, Object> visit = Fixtures.visitFields(world.committee, world.otherTownship, world.member);
        visit.put("date", "2026-03-01");
        long visitId = Fixtures.create("/api/v1/visits", visit);
        long platform = Fixtures.platform(world.committee, world.township);
        long turn = Fixtures.create("/api/v1/duty-turns", Map.of("platformId", platform, "memberId", world.member,
                "month", "2026-03"));

        opinion(world, "路灯不亮", Map.of("collectedOn", "2026-02-10"));
        long submitted = opinion(world, "道路破损", Map.of("collectedOn", "2026-02-20", "categoryId", secondCategory,
                "source", "ONLINE", "memberIds", List.of(world.groupMate), "villageId", ""));
        world.act(submitted, Map.of("action", "SUBMIT")).statusCode(200);
        long late = opinion(world, "网络卡顿", Map.of("collectedOn", "2026-03-01", "townshipId", world.otherTownship,
                "villageId", "", "source", "VISIT", "visitId", visitId));
        steps(world, late, "SUBMIT", "ACCEPT");
        world.act(late, Map.of("action", "ASSIGN", "assignedUnit", "测试市通信管理局", "dueDate", "2026-03-05"))
                .statusCode(200);
        long solved = opinion(world, "自来水停水", Map.of("collectedOn", "2026-03-02", "source", "DUTY_TURN",
                "dutyTurnId", turn));
        steps(world, solved, "SUBMIT", "ACCEPT", "ASSIGN", "RESOLVE", "CLOSE");
        long forwarded = opinion(world, "垃圾清运", Map.of("collectedOn", "2026-03-02", "categoryId", secondCategory,
                "villageId", ""));
        steps(world, forwarded, "SUBMIT", "ACCEPT", "FORWARD");
        // A member of no group: the group's filter leaves it out, the sector's (the same sector) keeps it.
        opinion(world, "公园缺少座椅", Map.of("collectedOn", "2026-02-12", "memberIds", List.of(world.outsider)));
        long sector = given().when().get("/api/v1/members/" + world.outsider).then().statusCode(200).extract()
                .jsonPath().getLong("sectorId");
        clock.setToday(LocalDate.of(2026, 3, 31));

        Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
        cases.put("政协", Map.of("committeeId", world.committee));
        cases.put("状态", Map.of("status", "SUBMITTED"));
        cases.put("两种状态", Map.of("status", List.of("SUBMITTED", "CLOSED")));
        cases.put("类别", Map.of("categoryId", secondCategory));
        cases.put("乡镇", Map.of("townshipId", world.township));
        cases.put("村", Map.of("villageId", world.village));
        cases.put("委员", Map.of("memberId", world.groupMate));
        cases.put("活动组", Map.of("groupId", world.group));
        cases.put("界别", Map.of("sectorId", sector));
        cases.put("来源", Map.of("source", "ONLINE"));
        cases.put("接待走访", Map.of("visitId", visitId));
        cases.put("轮值", Map.of("dutyTurnId", turn));
        cases.put("报送到", Map.of("forwardedToId", world.parent));
        cases.put("起", Map.of("from", "2026-03-01"));
        cases.put("止", Map.of("to", "2026-02-28"));
        cases.put("逾期", Map.of("overdue", true));
        cases.put("未逾期", Map.of("overdue", false));
        cases.put("已解决", Map.of("solved", true));
        cases.put("文字", Map.of("q", "路灯"));
        cases.put("统计项", Map.of("figure", "ACCEPTED"));
        cases.put("统计项与期间", Map.of("figure", "COLLECTED", "from", "2026-02-01", "to", "2026-02-28"));
        return cases;
    }

    /** A draft of the world's member with the fields given changed ("" removes one). */
    private static long opinion(OpinionWorld world, String title, Map<String, Object> changes) {
        Map<String, Object> fields = world.fields(title, title + "，群众多次反映");
        changes.forEach((name, value) -> {
            if ("".equals(value)) {
                fields.remove(name);
            } else {
                fields.put(name, value);
            }
        });
        return world.create(fields);
    }

    private static void steps(OpinionWorld world, long id, String... actions) {
        for (String action : actions) {
            world.act(id, OpinionWorld.valid(action, null)).statusCode(200);
        }
    }

    /** The export's rows for the query, read back as Excel would: the byte order mark first, then the header. */
    static List<CSVRecord> export(RequestSpecification as, Map<String, ?> query) {
        byte[] body = given().spec(as).queryParams(query).accept("text/csv").when().get(OPINIONS + "/export").then()
                .statusCode(200).contentType("text/csv").extract().asByteArray();
        List<CSVRecord> records = Csv.records(body);
        if (!records.isEmpty()) {
            assertEquals(OpinionExport.COLUMNS.size(), records.get(0).getParser().getHeaderNames().size());
            assertEquals("编号", records.get(0).getParser().getHeaderNames().get(0));
        }
        return records;
    }

    /**
     * The XLSX export's rows for the query, each cell by its header: a title row naming the committee's opinions and
     * the filters, then the header, then one row per opinion, keyed by its id, which is a number cell.
     */
    static Map<Long, Map<String, Cell>> exportXlsx(RequestSpecification as, Map<String, ?> query) {
        byte[] body = given().spec(as).queryParams(query).accept(Export.XLSX).when().get(OPINIONS + "/export").then()
                .statusCode(200).contentType(Export.XLSX).extract().asByteArray();
        List<Row> rows = Xlsx.rows(body);
        String title = rows.get(0).getCellText(0);
        assertTrue(title.contains("社情民意") && title.contains("导出于"), title);
        query.forEach((name, value) -> assertTrue(title.contains(name + "=" + value), title));
        List<String> header = rows.get(1).stream().map(Cell::getText).toList();
        assertEquals(OpinionExport.COLUMNS.stream().map(ExportColumn::header).toList(), header);
        Map<Long, Map<String, Cell>> byId = new LinkedHashMap<>();
        for (Row row : rows.subList(2, rows.size())) {
            Map<String, Cell> cells = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                cells.put(header.get(c), row.getOptionalCell(c).orElse(null));
            }
            assertEquals(CellType.NUMBER, cells.get("编号").getType());
            byId.put(cells.get("编号").asNumber().longValueExact(), cells);
        }
        return byId;
    }

    /** A cell's text, null when empty. */
    private static String text(Cell cell) {
        return cell == null || cell.getType() == CellType.EMPTY ? null : cell.getText();
    }

    private static Map<Long, CSVRecord> byId(List<CSVRecord> rows) {
        return rows.stream().collect(Collectors.toMap(r -> Long.parseLong(r.get("编号")), Function.identity(),
                (a, b) -> {
                    throw new AssertionError("exported twice: " + a.get("编号"));
                }, LinkedHashMap::new));
    }

    /** The names of an operation's query parameters, as openapi.yaml declares them. */
    private static List<String> parameters(String operationId) {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(ContractFilter.CONTRACT.toFile());
            for (JsonNode path : root.get("paths")) {
                JsonNode operation = path.get("get");
                if (operation != null && operationId.equals(operation.path("operationId").asText())) {
                    List<String> names = new java.util.ArrayList<>();
                    for (JsonNode parameter : operation.get("parameters")) {
                        JsonNode declared = parameter.has("$ref") ? root.at(parameter.get("$ref").asText().substring(1))
                                : parameter;
                        names.add(declared.get("name").asText());
                    }
                    return names;
                }
            }
            throw new AssertionError("no operation " + operationId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
