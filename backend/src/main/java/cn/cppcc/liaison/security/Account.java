package cn.cppcc.liaison.security;

import cn.cppcc.liaison.kernel.Role;

import cn.cppcc.liaison.kernel.Versioned;
import java.time.Instant;

/** An account as the administrator reads it; the password hash never leaves the service. */
public record Account(
        long id,
        String username,
        String displayName,
        Role role,
        Long committeeId,
        String committeeName,
        Long memberId,
        String memberName,
        Long groupId,
        String groupName,
        boolean enabled,
        Instant lastLoginAt,
        int version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    static Account of(AccountEntity e) {
        return new Account(e.id, e.username, e.displayName, e.role,
                e.committee == null ? null : e.committee.id, e.committee == null ? null : e.committee.name,
                e.member == null ? null : e.member.id, e.member == null ? null : e.member.name,
                e.group == null ? null : e.group.id, e.group == null ? null : e.group.name,
                e.enabled, e.lastLoginAt, e.version, e.createdAt, e.updatedAt);
    }
}
