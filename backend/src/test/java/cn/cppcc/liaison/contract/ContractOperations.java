package cn.cppcc.liaison.contract;

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
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The operations of openapi.yaml and the resource methods of the server, read once for the contract tests. */
public final class ContractOperations {

    private static final Set<String> VERBS = Set.of("get", "post", "put", "delete", "patch");
    private static final java.nio.file.Path CLASSES = java.nio.file.Path.of("target", "classes");

    private ContractOperations() {
    }

    /** One operation: its method, path, operationId, published roles and whether it requires the bearer scheme. */
    public record Operation(String method, String path, String operationId, Set<String> roles, boolean secured,
            JsonNode node) {
    }

    private static final JsonNode CONTRACT = read();

    /** openapi.yaml as a tree. */
    static JsonNode contract() {
        return CONTRACT;
    }

    /** The node a {@code $ref} names (followed as often as it takes), or the node itself. */
    static JsonNode resolve(JsonNode node) {
        while (node != null && node.has("$ref")) {
            JsonNode target = CONTRACT;
            for (String part : node.get("$ref").asText().substring(2).split("/")) {
                target = target.get(part);
            }
            node = target;
        }
        return node;
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(ContractFilter.CONTRACT.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Operation> all() throws IOException {
        JsonNode root = CONTRACT;
        boolean securedByDefault = root.path("security").size() > 0;
        List<Operation> operations = new ArrayList<>();
        root.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (VERBS.contains(op.getKey())) {
                JsonNode node = op.getValue();
                Set<String> roles = new TreeSet<>();
                node.path("x-roles").forEach(role -> roles.add(role.asText()));
                boolean secured = node.has("security") ? node.get("security").size() > 0 : securedByDefault;
                operations.add(new Operation(op.getKey(), path.getKey(), node.get("operationId").asText(), roles,
                        secured, node));
            }
        }));
        return operations;
    }

    static List<Method> resourceMethods() throws IOException {
        List<Method> methods = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(CLASSES)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith("Resource.class")).toList()) {
                Class<?> resource = load(CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""));
                if (!resource.isAnnotationPresent(Path.class)) {
                    continue;
                }
                for (Method method : resource.getDeclaredMethods()) {
                    if (Stream.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class)
                            .anyMatch(method::isAnnotationPresent)) {
                        methods.add(method);
                    }
                }
            }
        }
        return methods;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
