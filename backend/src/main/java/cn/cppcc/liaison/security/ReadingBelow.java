package cn.cppcc.liaison.security;

import cn.cppcc.liaison.committee.CommitteeTree;
import cn.cppcc.liaison.kernel.Role;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * The committees above read their districts: an office or reporter of a committee whose GET names with
 * {@code committeeId} a committee below its own, at any depth, is that committee's REPORTER for the request, in
 * its role too, so {@code @RolesAllowed} refuses what a reporter may not call and every answer is a reporter's:
 * the same rows, personal data masked. Any other request, every write included, keeps the caller's own reach,
 * so a district's record stays missing to it (404) outside these reads.
 */
final class ReadingBelow {

    private ReadingBelow() {
    }

    /** The committee below the caller's that the request reads, or null when it reads as the caller itself. */
    static Long committee(AuthenticationRequest request, Role role, Long committeeId) {
        if (committeeId == null || !role.readsCommitteesBelow()) {
            return null;
        }
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (http == null || !HttpMethod.GET.equals(http.request().method())) {
            return null;
        }
        // Given twice or malformed, the query string is refused before any resource runs: read as the caller.
        List<String> asked = http.queryParam("committeeId");
        if (asked.size() != 1 || !asked.get(0).matches("[0-9]{1,18}")) {
            return null;
        }
        long id = Long.parseLong(asked.get(0));
        return id != committeeId && CommitteeTree.isBelow(id, committeeId) ? id : null;
    }
}
