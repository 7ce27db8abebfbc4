package cn.cppcc.liaison.contract;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import cn.cppcc.liaison.support.Auth;
import cn.cppcc.liaison.support.ContractFilter;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Built from openapi.yaml: every operation answers a query parameter it does not have, and each of its own
 * parameters given empty, twice, malformed, with too many values or with a NUL character, with a 400 problem
 * naming that parameter, before it reads anything. A script that misspells a filter never gets unfiltered
 * figures.
 */
@QuarkusTest
class StrictQueryTest {

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesWhatItsQueryStringCannotHold() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (ContractOperations.Operation op : ContractOperations.all()) {
            if (op.roles().isEmpty()) {
                continue; // sign-in takes no query parameters and is tried below with the others' rules
            }
            String path = op.path().replaceAll("\\{[^}]+}", "1");
            tests.add(DynamicTest.dynamicTest(op.operationId() + " ?zzFilter=1", () ->
                    refused(op, path, "zzFilter", List.of("1"))));
            for (JsonNode parameter : parameters(op)) {
                if (!"query".equals(parameter.path("in").asText())) {
                    continue;
                }
                String name = parameter.get("name").asText();
                JsonNode schema = ContractOperations.resolve(parameter.get("schema"));
                tests.add(DynamicTest.dynamicTest(op.operationId() + " ?" + name + "=", () ->
                        refused(op, path, name, List.of(""))));
                for (List<String> values : malformed(schema)) {
                    tests.add(DynamicTest.dynamicTest(op.operationId() + " ?" + name + "=" + values, () ->
                            refused(op, path, name, values)));
                }
            }
        }
        return tests.stream();
    }

    /** Values of a parameter that its schema does not allow and a lenient server would take as absent. */
    private static List<List<String>> malformed(JsonNode schema) {
        List<List<String>> values = new ArrayList<>();
        String type = schema.path("type").asText();
        switch (type) {
            case "integer" -> {
                values.add(List.of("0N"));
                values.add(List.of("99999999999999999999"));
                values.add(List.of("1", "2"));
            }
            case "boolean" -> {
                values.add(List.of("0N"));
                values.add(List.of("1"));
                values.add(List.of("true", "false"));
            }
            case "array" -> {
                JsonNode items = ContractOperations.resolve(schema.get("items"));
                if (schema.has("maxItems") && items.has("enum")) {
                    values.add(Collections.nCopies(schema.get("maxItems").asInt() + 1, items.get("enum").get(0).asText()));
                }
                if (items.has("enum")) {
                    values.add(List.of(items.get("enum").get(0).asText(), "NO_SUCH_CODE"));
                }
            }
            case "string" -> {
                if (schema.has("enum")) {
                    values.add(List.of("NO_SUCH_CODE"));
                    String code = schema.get("enum").get(0).asText();
                    values.add(List.of(code.equals(code.toLowerCase()) ? code.toUpperCase() : code.toLowerCase()));
                } else if ("date".equals(schema.path("format").asText())) {
                    values.add(List.of("2026-02-30"));
                }
                values.add(List.of("a\u0000b"));
                if (!"array".equals(type)) {
                    values.add(List.of(schema.has("enum") ? schema.get("enum").get(0).asText() : "2026-01-01",
                            schema.has("enum") ? schema.get("enum").get(0).asText() : "2026-01-02"));
                }
            }
            default -> {
            }
        }
        return values;
    }

    private static void refused(ContractOperations.Operation op, String path, String name, List<String> values) {
        RequestSpecification request = Auth.as(Auth.adminToken()).header(ContractFilter.BROKEN_REQUEST, "true");
        JsonNode content = op.node().path("requestBody").path("content");
        if (content.fieldNames().hasNext()) {
            // A body the operation could read, so that only the query string is wrong.
            String type = content.fieldNames().next();
            request.contentType(type).body(type.equals("application/json") ? "{}" : "");
        }
        request.log().ifValidationFails().queryParam(name, values.toArray());
        request.when().request(op.method().toUpperCase(), path)
                .then().log().ifValidationFails().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cppcc:problem:validation"))
                .body("errors.field", hasItem(name))
                .body("detail", not(containsString("Exception")));
    }

    private List<JsonNode> parameters(ContractOperations.Operation op) {
        List<JsonNode> parameters = new ArrayList<>();
        ContractOperations.contract().get("paths").get(op.path()).path("parameters").forEach(p -> parameters.add(ContractOperations.resolve(p)));
        op.node().path("parameters").forEach(p -> parameters.add(ContractOperations.resolve(p)));
        return parameters;
    }
}
