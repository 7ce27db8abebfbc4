package cn.cppcc.liaison.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cppcc.liaison.support.ContractFilter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The frontend calls the backend only through operations the contract publishes, by their names. */
class FrontendContractTest {

    private static final Path API_JS = Path.of("..", "frontend", "js", "api.js");
    private static final Path PERMISSIONS_JS = Path.of("..", "frontend", "js", "permissions.js");
    private static final Path LABELS_JS = Path.of("..", "frontend", "js", "labels.js");
    private static final Pattern OPERATION = Pattern.compile(
            "export const (\\w+) = .*?request\\('(\\w+)', [`'](/api/v1[^`'?]*)[`']");

    @Test
    void everyApiFunctionIsAContractOperationWithItsMethodAndPath() throws IOException {
        Set<String> contract = RoutesMatchContractTest.contractOperations();
        Set<String> unknown = new TreeSet<>();
        Matcher matcher = OPERATION.matcher(Files.readString(API_JS));
        int found = 0;
        while (matcher.find()) {
            found++;
            String path = matcher.group(3).replaceAll("\\$\\{(\\w+)}", "{$1}");
            String operation = matcher.group(2).toLowerCase() + " " + path + " " + matcher.group(1);
            if (!contract.contains(operation)) {
                unknown.add(operation);
            }
        }
        assertTrue(found > 0, "api.js should define its operations as `export const name = (...) => request(...)`");
        assertTrue(unknown.isEmpty(), "api.js calls operations openapi.yaml does not have: " + unknown);
    }

    @Test
    void theRolesTheScreensOfferAreTheRolesTheContractPublishes() throws IOException {
        Matcher writers = Pattern.compile("const WRITERS = \\{(.*?)\\};", Pattern.DOTALL)
                .matcher(Files.readString(PERMISSIONS_JS));
        assertTrue(writers.find(), "permissions.js should list the roles of each write in `const WRITERS = {...};`");
        Map<String, Set<String>> contract = new TreeMap<>();
        ContractOperations.all().forEach(op -> contract.put(op.operationId(), op.roles()));
        Matcher entry = Pattern.compile("(\\w+): \\[([^\\]]*)]").matcher(writers.group(1));
        int found = 0;
        while (entry.find()) {
            found++;
            Set<String> roles = new TreeSet<>();
            for (String role : entry.group(2).split(",")) {
                roles.add(role.strip().replace("'", ""));
            }
            assertEquals(contract.get(entry.group(1)), roles, "permissions.js and x-roles of " + entry.group(1));
        }
        assertTrue(found > 10, "permissions.js names the roles of the writes");
    }

    @Test
    void theAuditScreenNamesEveryKindOfRecordTheContractPublishes() throws IOException {
        Matcher labels = Pattern.compile("AUDIT_RECORD_TYPES = \\{(.*?)\\};", Pattern.DOTALL)
                .matcher(Files.readString(LABELS_JS));
        assertTrue(labels.find(), "labels.js should name the audit record types in `AUDIT_RECORD_TYPES = {...};`");
        Set<String> named = new TreeSet<>();
        Matcher key = Pattern.compile("(\\w+): '").matcher(labels.group(1));
        while (key.find()) {
            named.add(key.group(1));
        }
        Set<String> published = new TreeSet<>();
        new ObjectMapper(new YAMLFactory()).readTree(ContractFilter.CONTRACT.toFile())
                .at("/components/schemas/AuditRecordType/enum").forEach(type -> published.add(type.asText()));
        assertEquals(published, named, "labels.js AUDIT_RECORD_TYPES and the contract's AuditRecordType");
    }

    @Test
    void noOtherModuleKnowsAnApiAddress() throws IOException {
        try (var files = Files.walk(API_JS.getParent())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js") && !f.equals(API_JS)).toList()) {
                assertFalse(Files.readString(file).contains("/api/v1"), file + " should call api.js instead");
            }
        }
    }
}
