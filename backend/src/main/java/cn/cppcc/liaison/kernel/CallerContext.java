package cn.cppcc.liaison.kernel;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The caller of the current request. It fails closed: an anonymous identity is refused (401), never taken for an
 * administrator, and outside a request context there is no caller at all unless {@link SystemActor} names one.
 */
@RequestScoped
public class CallerContext {

    @Inject
    SecurityIdentity identity;

    private Caller systemActor;

    public Caller get() {
        if (systemActor != null) {
            return systemActor;
        }
        if (identity == null || identity.isAnonymous()) {
            throw new ApiProblem(ProblemType.UNAUTHORIZED, "请先登录后再操作");
        }
        Role role = identity.getRoles().stream().map(Role::valueOf).findFirst()
                .orElseThrow(() -> new ApiProblem(ProblemType.FORBIDDEN, "该账号没有角色，请联系系统管理员"));
        return new Caller(identity.getPrincipal().getName(), role, identity.getAttribute(Caller.ACCOUNT_ID),
                identity.getAttribute(Caller.TOKEN_ID), identity.getAttribute(Caller.COMMITTEE_ID),
                identity.getAttribute(Caller.MEMBER_ID), identity.getAttribute(Caller.GROUP_ID));
    }

    /** The record, or 404 when it does not exist or lies outside the caller's committee, worded alike. */
    public <E extends CommitteeRecord> E visible(E record, String what, long id) {
        VersionedEntity.found(record, what, id);
        return get().visible(record, record.committeeId(), what, id);
    }

    void actAs(Caller actor) {
        this.systemActor = actor;
    }
}
