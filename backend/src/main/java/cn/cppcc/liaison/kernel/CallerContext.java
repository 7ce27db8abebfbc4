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

    /** Who the request acts as instead of its identity: a system actor, or the caller reading a committee below. */
    private Caller actor;

    public Caller get() {
        if (actor != null) {
            return actor;
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

    /**
     * Reads {@code committee} as the caller reads a committee below its own ({@link Caller#readingBelow}): what a
     * request naming that committee would answer, so a report's row equals the list its drill-down names. The
     * committee must lie below the caller's: the one who asks has found it there.
     */
    public void readingBelow(long committee, Runnable work) {
        Caller caller = get();
        if (!caller.readsBelow()) {
            throw new IllegalStateException(caller.role() + " " + caller.name() + " reads no committee below its own");
        }
        Caller before = actor;
        actor = caller.readingBelow(committee);
        try {
            work.run();
        } finally {
            actor = before;
        }
    }

    void actAs(Caller actor) {
        this.actor = actor;
    }
}
