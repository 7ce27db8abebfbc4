package cn.cppcc.liaison.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cppcc.liaison.kernel.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The roles each operation publishes in {@code x-roles} are the roles its resource method allows, and no
 * method is left without a decision (the server would refuse it, the contract would promise it).
 */
class RolesMatchContractTest {

    private static final Set<String> EVERY_ROLE = Arrays.stream(Role.values()).map(Role::name)
            .collect(Collectors.toCollection(TreeSet::new));

    @Test
    void everyOperationsPublishedRolesAreTheRolesItsMethodAllows() throws IOException {
        Map<String, Set<String>> published = new TreeMap<>();
        ContractOperations.all().forEach(op -> published.put(op.operationId(), op.roles()));
        Map<String, Set<String>> allowed = new TreeMap<>();
        for (Method method : ContractOperations.resourceMethods()) {
            allowed.put(method.getName(), rolesOf(method));
        }
        assertEquals(published, allowed);
    }

    @Test
    void onlySignInIsOpenToAnonymousCallers() throws IOException {
        Set<String> open = ContractOperations.all().stream().filter(op -> op.roles().isEmpty())
                .map(ContractOperations.Operation::operationId).collect(Collectors.toSet());
        assertEquals(Set.of("issueToken"), open);
        assertTrue(ContractOperations.all().stream().filter(op -> !op.roles().isEmpty()).allMatch(op -> op.secured()),
                "every operation but sign-in requires the bearer scheme");
    }

    private static Set<String> rolesOf(Method method) {
        Class<?> resource = method.getDeclaringClass();
        if (method.isAnnotationPresent(PermitAll.class)) {
            return Set.of();
        }
        if (method.isAnnotationPresent(RolesAllowed.class)) {
            return new TreeSet<>(Arrays.asList(method.getAnnotation(RolesAllowed.class).value()));
        }
        if (method.isAnnotationPresent(Authenticated.class)) {
            return EVERY_ROLE;
        }
        if (resource.isAnnotationPresent(RolesAllowed.class)) {
            return new TreeSet<>(Arrays.asList(resource.getAnnotation(RolesAllowed.class).value()));
        }
        if (resource.isAnnotationPresent(Authenticated.class)) {
            return EVERY_ROLE;
        }
        return Set.of("(none: refused)");
    }
}
