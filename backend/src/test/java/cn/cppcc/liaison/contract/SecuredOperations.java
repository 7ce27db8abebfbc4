package cn.cppcc.liaison.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.List;

/** A call for every operation of openapi.yaml that requires the bearer scheme, with a plausible body. */
public final class SecuredOperations {

    private SecuredOperations() {
    }

    public record Call(String method, String path, String operationId, String contentType) {

        public Response send(RequestSpecification request) {
            RequestSpecification spec = request.queryParam("committeeId", 1);
            if (contentType != null) {
                spec = spec.contentType(contentType).body(contentType.contains("json") ? "{}" : "姓名\n王丽华\n");
            }
            return spec.request(method.toUpperCase(), path.replaceAll("\\{[^}]+}", "1"));
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path + " (" + operationId + ")";
        }
    }

    public static List<Call> calls() throws IOException {
        return ContractOperations.all().stream().filter(ContractOperations.Operation::secured)
                .map(op -> new Call(op.method(), op.path(), op.operationId(), contentType(op.node())))
                .toList();
    }

    private static String contentType(JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content");
        if (content.isMissingNode()) {
            return null;
        }
        return content.has("application/json") ? "application/json" : content.fieldNames().next();
    }
}
