package cn.cppcc.liaison.security;

import cn.cppcc.liaison.common.ApiProblem;
import cn.cppcc.liaison.common.Filter;
import cn.cppcc.liaison.common.ProblemType;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.Objects;

/**
 * Who is calling and what they are confined to: the role, the committee (null for deployment-wide
 * accounts), and the member or activity group they act for. Work outside a request (startup, demo
 * data) runs as the system, confined to nothing.
 */
public record Caller(String name, Role role, Long accountId, Long tokenId, Long committeeId, Long memberId,
        Long groupId) {

    public static final String ACCOUNT_ID = "accountId";
    public static final String TOKEN_ID = "apiTokenId";
    public static final String COMMITTEE_ID = "committeeId";
    public static final String MEMBER_ID = "memberId";
    public static final String GROUP_ID = "groupId";

    public static final Caller SYSTEM = new Caller("system", Role.ADMIN, null, null, null, null, null);

    /** The caller of the current request, or {@link #SYSTEM} outside a request or before sign-in. */
    public static Caller current() {
        if (Arc.container() == null || !Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        try (InstanceHandle<SecurityIdentity> handle = Arc.container().instance(SecurityIdentity.class)) {
            SecurityIdentity identity = handle.isAvailable() ? handle.get() : null;
            if (identity == null || identity.isAnonymous()) {
                return SYSTEM;
            }
            Role role = identity.getRoles().stream().map(Role::valueOf).findFirst().orElseThrow();
            return new Caller(identity.getPrincipal().getName(), role, identity.getAttribute(ACCOUNT_ID),
                    identity.getAttribute(TOKEN_ID), identity.getAttribute(COMMITTEE_ID),
                    identity.getAttribute(MEMBER_ID), identity.getAttribute(GROUP_ID));
        }
    }

    public boolean isOffice() {
        return role.isOffice();
    }

    /** Whether a record of this committee is visible to the caller at all. */
    public boolean sees(Long recordCommitteeId) {
        return committeeId == null || Objects.equals(committeeId, recordCommitteeId);
    }

    /** A list's filter that starts confined to the caller's committee, {@code property} naming a record's committee. */
    public Filter filter(String property) {
        return new Filter().equal(property, "scopeCommitteeId", committeeId);
    }

    /**
     * A record a request body refers to: a wrong id, or one outside the caller's committee, is the client's
     * input error on {@code field}, worded the same so ids do not leak.
     */
    public <E> E referenced(E entity, java.util.function.Function<E, Long> committeeOf, String field, String what,
            long id) {
        if (entity == null || !sees(committeeOf.apply(entity))) {
            throw ApiProblem.unknownReference(field, what, id);
        }
        return entity;
    }

    /** A record outside the caller's committee answers 404, as if it did not exist, so ids do not leak. */
    public <E> E visible(E entity, Long recordCommitteeId, String what, long id) {
        if (!sees(recordCommitteeId)) {
            throw ApiProblem.notFound(what, id);
        }
        return entity;
    }

    /** Whether the caller may see a member's personal data: the office, the member, and the member's group leads. */
    public boolean seesPersonalDataOf(long memberId, Long memberGroupId) {
        return switch (role) {
            case ADMIN, OFFICE -> true;
            case CONVENOR, LIAISON -> Objects.equals(groupId, memberGroupId) || Objects.equals(this.memberId, memberId);
            case MEMBER -> Objects.equals(this.memberId, memberId);
            case REPORTER -> false;
        };
    }

    /** Convenors and liaisons change only their own group and its members. */
    public void requireGroup(Long recordGroupId, String action) {
        if (role.leadsGroup() && !Objects.equals(groupId, recordGroupId)) {
            throw new ApiProblem(ProblemType.FORBIDDEN, role.label + "只能" + action + "本活动组的记录");
        }
    }
}
