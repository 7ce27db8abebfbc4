package cn.cppcc.liaison.security;

import cn.cppcc.liaison.kernel.Role;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.kernel.VersionedEntity;
import cn.cppcc.liaison.member.GroupEntity;
import cn.cppcc.liaison.member.MemberEntity;
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
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** A person who signs in: a role, the committee it is confined to, and the member or group it acts for. */
@Entity
@Audited
@Table(name = "account")
public class AccountEntity extends VersionedEntity {

    public String username;

    @Column(name = "display_name")
    public String displayName;

    @NotAudited
    @Column(name = "password_hash")
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    public Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "committee_id")
    public CommitteeEntity committee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    public MemberEntity member;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    public GroupEntity group;

    public boolean enabled = true;

    @Column(name = "sessions_valid_from")
    public Instant sessionsValidFrom = Instant.now();

    @NotAudited
    @Column(name = "last_login_at")
    public Instant lastLoginAt;

    public static Optional<AccountEntity> byUsername(String username) {
        return find("lower(username) = lower(?1)", username.strip()).firstResultOptional();
    }

    public static boolean usernameTaken(String username, Long exceptId) {
        return exceptId == null ? count("lower(username) = lower(?1)", username.strip()) > 0
                : count("lower(username) = lower(?1) and id <> ?2", username.strip(), exceptId) > 0;
    }

    /**
     * Ends every session: tokens issued before the next whole second stop working (a token's issue time
     * has whole seconds, so a token of this very second must not survive).
     */
    public void endSessions() {
        Instant next = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        // A token may already carry the current start (issued within this second): move past it.
        sessionsValidFrom = sessionsValidFrom != null && !next.isAfter(sessionsValidFrom)
                ? sessionsValidFrom.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1) : next;
    }

    /** When a token issued now should say it was issued: never before the sessions' start. */
    public Instant sessionStart(Instant now) {
        return now.isBefore(sessionsValidFrom) ? sessionsValidFrom : now;
    }

    /** Whether a token issued at {@code issuedAt} still counts. */
    public boolean acceptsSessionIssuedAt(Instant issuedAt) {
        return enabled && !issuedAt.isBefore(sessionsValidFrom.truncatedTo(ChronoUnit.SECONDS));
    }
}
