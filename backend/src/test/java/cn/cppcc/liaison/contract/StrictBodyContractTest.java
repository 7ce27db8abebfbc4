package cn.cppcc.liaison.contract;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.cppcc.liaison.support.Auth;
import cn.cppcc.liaison.support.ContractFilter;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Built from openapi.yaml: for every operation with a JSON body, each property sent as {@code null} (no request
 * property is nullable) and each list sent with one item more than its {@code maxItems} is a 400 naming it,
 * answered before the record is even looked up.
 */
@QuarkusTest
class StrictBodyContractTest {

    @TestFactory
    Stream<DynamicTest> everyBodyRefusesNullsAndOverlongLists() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (ContractOperations.Operation op : ContractOperations.all()) {
            JsonNode body = op.node().path("requestBody").path("content").path("application/json").path("schema");
            if (body.isMissingNode() || op.roles().isEmpty()) {
                continue;
            }
            String path = op.path().replaceAll("\\{[^}]+}", "1");
            properties(ContractOperations.resolve(body)).forEach((name, schema) -> {
                Map<String, Object> withNull = new HashMap<>();
                withNull.put(name, null);
                tests.add(DynamicTest.dynamicTest(op.operationId() + " " + name + ": null", () ->
                        refused(op, path, withNull, name)));
                if ("array".equals(schema.path("type").asText()) && schema.has("maxItems")) {
                    int max = schema.get("maxItems").asInt();
                    tests.add(DynamicTest.dynamicTest(op.operationId() + " " + name + ": " + (max + 1) + " items", () ->
                            refused(op, path, Map.of(name, Collections.nCopies(max + 1, item(ContractOperations.resolve(schema.get("items"))))),
                                    name)));
                }
            });
        }
        return tests.stream();
    }

    /** A well-formed item of a list, so that only the list's length is wrong. */
    private static Object item(JsonNode schema) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asText();
        }
        return switch (schema.path("type").asText()) {
            case "integer" -> 1;
            case "string" -> "date".equals(schema.path("format").asText()) ? "2026-01-01" : "甲";
            case "object" -> Map.of();
            default -> 1;
        };
    }

    private static void refused(ContractOperations.Operation op, String path, Map<String, Object> body, String field) {
        Auth.as(Auth.adminToken()).header(ContractFilter.BROKEN_REQUEST, "true").header("If-Match", "\"0\"")
                .contentType("application/json").body(body)
                .log().ifValidationFails()
                .when().request(op.method().toUpperCase(), path)
                .then().log().ifValidationFails().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cppcc:problem:validation"))
                .body("errors.field", hasItem(field));
    }

    /** The top-level properties a body may have, over every alternative of a oneOf. */
    private static Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        if (schema.has("oneOf")) {
            schema.get("oneOf").forEach(alternative -> properties(ContractOperations.resolve(alternative)).forEach(properties::putIfAbsent));
        }
        schema.path("properties").fields().forEachRemaining(p -> properties.put(p.getKey(), ContractOperations.resolve(p.getValue())));
        return properties;
    }
}
