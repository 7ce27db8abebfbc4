package cn.cppcc.liaison.kernel;

import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.Filter;
import cn.cppcc.liaison.kernel.ProblemType;
import java.util.Objects;

/**
 * Who is calling and what they are confined to: the role, the committee (null for deployment-wide
 * accounts), and the member or activity group they act for. {@link CallerContext} gives the caller of a request.
 */
public record Caller(String name, Role role, Long accountId, Long tokenId, Long committeeId, Long memberId,
        Long groupId) {

    public static final String ACCOUNT_ID = "accountId";
    public static final String TOKEN_ID = "apiTokenId";
    public static final String COMMITTEE_ID = "committeeId";
    public static final String MEMBER_ID = "memberId";
    public static final String GROUP_ID = "groupId";

    /**
     * Work outside any request (start-up tasks, the demo loader) acts as a named system actor with an
     * administrator's reach; it must say so through {@link SystemActor}, never by default.
     */
    static Caller system(String name) {
        return new Caller(name, Role.ADMIN, null, null, null, null, null);
    }

    public boolean isOffice() {
        return role.isOffice();
    }

    /** Whether the caller reads the committees below its own, as {@link #readingBelow} says. */
    public boolean readsBelow() {
        return committeeId != null && role.readsCommitteesBelow();
    }

    /**
     * The caller reading {@code committee}, a committee below its own: as that committee's reporter, so it reads
     * what the reporter reads (the same rows, personal data masked) and may call only what a reporter may.
     */
    public Caller readingBelow(long committee) {
        return new Caller(name, Role.REPORTER, accountId, tokenId, committee, null, null);
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
