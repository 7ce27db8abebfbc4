package cn.cppcc.liaison.security;

import cn.cppcc.liaison.kernel.Role;

import cn.cppcc.liaison.kernel.Versioned;
import java.time.Instant;

/** An API token as listed: never its secret, only the first characters to recognise it by. */
public record ApiToken(
        long id,
        String name,
        Role role,
        Long committeeId,
        String secretPrefix,
        ApiTokenStatus status,
        Instant expiresAt,
        String createdBy,
        Instant revokedAt,
        String revokedBy,
        Instant lastUsedAt,
        int version,
        Instant createdAt) implements Versioned {

    static ApiToken of(ApiTokenEntity e) {
        return new ApiToken(e.id, e.name, e.role, e.committee == null ? null : e.committee.id, e.secretPrefix,
                e.status(Instant.now()), e.expiresAt, e.createdBy, e.revokedAt, e.revokedBy, e.lastUsedAt,
                e.version, e.createdAt);
    }
}
