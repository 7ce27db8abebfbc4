package cn.cppcc.liaison.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.SecurityIdentity;

/** Who a change or a read is recorded against: the signed-in user, or {@code system} outside any request. */
public record Actor(String name, Long accountId) {

    public static final String SYSTEM = "system";

    /** Set by the sign-in that knows the account behind a principal. */
    public static final String ACCOUNT_ID = "accountId";

    private static final Actor SYSTEM_ACTOR = new Actor(SYSTEM, null);

    /** The caller of the current request; Envers and startup work run where there may be none. */
    public static Actor current() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return SYSTEM_ACTOR;
        }
        InstanceHandle<SecurityIdentity> handle = container.instance(SecurityIdentity.class);
        if (!handle.isAvailable()) {
            return SYSTEM_ACTOR;
        }
        SecurityIdentity identity = handle.get();
        if (identity.isAnonymous()) {
            return SYSTEM_ACTOR;
        }
        Object account = identity.getAttribute(ACCOUNT_ID);
        return new Actor(identity.getPrincipal().getName(), account instanceof Number id ? id.longValue() : null);
    }
}
