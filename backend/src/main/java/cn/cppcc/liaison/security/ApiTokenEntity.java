package cn.cppcc.liaison.security;

import cn.cppcc.liaison.kernel.Role;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.kernel.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** An integration's or a reporting script's credential; only the SHA-256 of its secret is kept. */
@Entity
@Audited
@Table(name = "api_token")
public class ApiTokenEntity extends VersionedEntity {

    /** How a token's calls are named in the audit trail: {@code api-token-7}. */
    public static final String ACTOR_PREFIX = "api-token-";

    public String name;

    @Enumerated(EnumType.STRING)
    public Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "committee_id")
    public CommitteeEntity committee;

    @Column(name = "secret_prefix")
    public String secretPrefix;

    @NotAudited
    @Column(name = "secret_hash")
    public String secretHash;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @NotAudited
    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    public ApiTokenStatus status(Instant now) {
        if (revokedAt != null) {
            return ApiTokenStatus.REVOKED;
        }
        return expiresAt.isAfter(now) ? ApiTokenStatus.ACTIVE : ApiTokenStatus.EXPIRED;
    }
}
