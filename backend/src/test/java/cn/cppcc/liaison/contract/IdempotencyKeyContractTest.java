package cn.cppcc.liaison.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.cppcc.liaison.kernel.Idempotency;
import cn.cppcc.liaison.support.ContractFilter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.ws.rs.HeaderParam;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every create may be retried: the contract offers {@code Idempotency-Key} on it with its replay header and its
 * 422, and the resource method reads the header. A new create that forgets it fails here.
 */
class IdempotencyKeyContractTest {

    private static final String KEY_PARAMETER = "#/components/parameters/IdempotencyKey";
    private static final String REUSED = "urn:cppcc:problem:idempotency-key-reused";

    /** Creates that store several records at once and answer 200 with what they stored, not 201 with one record. */
    private static final Set<String> BATCH_CREATES = Set.of("planDutyRoster", "importMembers");

    /** Every POST answering 201, and the batch creates. */
    static Set<String> creates() throws IOException {
        Set<String> creates = new TreeSet<>(BATCH_CREATES);
        for (ContractOperations.Operation op : ContractOperations.all()) {
            if (op.method().equals("post") && op.node().path("responses").has("201")) {
                creates.add(op.operationId());
            }
        }
        return creates;
    }

    @Test
    void everyCreateDeclaresTheKeyItsReplayHeaderAndItsRefusal() throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(ContractFilter.CONTRACT.toFile());
        Set<String> creates = creates();
        List<String> missing = new ArrayList<>();
        for (ContractOperations.Operation op : ContractOperations.all()) {
            if (!creates.contains(op.operationId())) {
                continue;
            }
            JsonNode responses = op.node().path("responses");
            if (!declaresKey(op)) {
                missing.add(op.operationId() + ": parameter " + KEY_PARAMETER);
            }
            JsonNode answer = responses.has("201") ? responses.get("201") : responses.get("200");
            if (!answer.path("headers").has(Idempotency.REPLAYED)) {
                missing.add(op.operationId() + ": header " + Idempotency.REPLAYED);
            }
            JsonNode refusal = resolve(root, responses.path("422"));
            if (!refusal.findValuesAsText("type").contains(REUSED)) {
                missing.add(op.operationId() + ": 422 with an example of " + REUSED);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void theKeyIsOfferedOnCreatesOnly() throws IOException {
        Set<String> offered = new TreeSet<>();
        for (ContractOperations.Operation op : ContractOperations.all()) {
            if (declaresKey(op)) {
                offered.add(op.operationId());
            }
        }
        assertEquals(creates(), offered);
    }

    @Test
    void everyCreateReadsTheKey() throws IOException {
        Set<String> reading = new TreeSet<>();
        for (Method method : ContractOperations.resourceMethods()) {
            for (Parameter parameter : method.getParameters()) {
                HeaderParam header = parameter.getAnnotation(HeaderParam.class);
                if (header != null && header.value().equals(Idempotency.KEY)) {
                    reading.add(method.getName());
                }
            }
        }
        assertEquals(creates(), reading);
    }

    private static boolean declaresKey(ContractOperations.Operation op) {
        for (JsonNode parameter : op.node().path("parameters")) {
            if (KEY_PARAMETER.equals(parameter.path("$ref").asText())) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode resolve(JsonNode root, JsonNode node) {
        String ref = node.path("$ref").asText();
        return ref.startsWith("#/") ? root.at(ref.substring(1)) : node;
    }
}
