package cn.cppcc.liaison.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.cppcc.liaison.support.ContractFilter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every operation of openapi.yaml is served by a resource method named after its operationId, and
 * the server has no route the contract does not publish.
 */
class RoutesMatchContractTest {

    private static final Map<Class<? extends Annotation>, String> VERBS = Map.of(
            GET.class, "get", POST.class, "post", PUT.class, "put", DELETE.class, "delete", PATCH.class, "patch");
    private static final java.nio.file.Path CLASSES = java.nio.file.Path.of("target", "classes");

    @Test
    void everyContractOperationHasAResourceMethodOfTheSameNameAndNoMore() throws IOException {
        assertEquals(contractOperations(), serverOperations());
    }

    static Set<String> contractOperations() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(ContractFilter.CONTRACT.toFile()).get("paths");
        Set<String> operations = new TreeSet<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (VERBS.containsValue(op.getKey())) {
                operations.add(op.getKey() + " " + path.getKey() + " " + op.getValue().get("operationId").asText());
            }
        }));
        return operations;
    }

    static Set<String> serverOperations() throws IOException {
        Set<String> operations = new TreeSet<>();
        for (Class<?> resource : resourceClasses()) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                for (Map.Entry<Class<? extends Annotation>, String> verb : VERBS.entrySet()) {
                    if (method.isAnnotationPresent(verb.getKey())) {
                        Path sub = method.getAnnotation(Path.class);
                        String path = sub == null ? base : join(base, sub.value());
                        operations.add(verb.getValue() + " " + path.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}")
                                + " " + method.getName());
                    }
                }
            }
        }
        return operations;
    }

    private static String join(String base, String sub) {
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                + (sub.startsWith("/") ? sub : "/" + sub);
    }

    private static List<Class<?>> resourceClasses() throws IOException {
        try (Stream<java.nio.file.Path> files = Files.walk(CLASSES)) {
            return files.filter(f -> f.toString().endsWith("Resource.class"))
                    .map(f -> CLASSES.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(RoutesMatchContractTest::load)
                    .filter(c -> c.isAnnotationPresent(Path.class))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
