package cn.cppcc.liaison.security;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.kernel.OfficeClock;
import jakarta.inject.Inject;
import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.Role;


import cn.cppcc.liaison.kernel.FieldChecks;
import cn.cppcc.liaison.kernel.Filter;
import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.PageResult;
import cn.cppcc.liaison.kernel.Sorting;
import cn.cppcc.liaison.kernel.VersionedEntity;
import cn.cppcc.liaison.member.MemberService;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

@ApplicationScoped
public class ApiTokenService {


    @Inject
    CallerContext callerContext;

    static final String SECRET_PREFIX = "cppcc_";
    /** Tokens are for integrations that are reviewed at least every two years. */
    static final int MAX_DAYS = 730;
    /** last_used_at is written at most once a minute per token, not on every call. */
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<String, String> SORTABLE = Map.of(
            "id", "id", "name", "name", "expiresAt", "expiresAt", "createdAt", "createdAt");

    public static boolean looksLikeApiToken(String token) {
        return token.startsWith(SECRET_PREFIX);
    }

    public PageResult<ApiToken> list(PageParams page, Long committeeId, ApiTokenStatus status) {
        Instant now = Instant.now();
        Filter filter = new Filter().equal("committee.id", "committeeId", committeeId)
                .where("revokedAt is not null", Map.of(), status == ApiTokenStatus.REVOKED)
                .where("revokedAt is null and expiresAt <= :now", "now", status == ApiTokenStatus.EXPIRED ? now : null)
                .where("revokedAt is null and expiresAt > :now", "now", status == ApiTokenStatus.ACTIVE ? now : null);
        return PageResult.of(ApiTokenEntity.find(filter.query(), Sorting.parse(page.sort, SORTABLE, "-id"),
                filter.parameters()),
                page, ApiToken::of);
    }

    public ApiToken get(long id) {
        return ApiToken.of(find(id));
    }

    @Transactional
    public ApiTokenCreated create(ApiTokenFields fields) {
        LocalDate today = LocalDate.now(OfficeClock.ZONE);
        FieldChecks checks = new FieldChecks()
                .check(!Role.FOR_API_TOKENS.contains(fields.role()), "role",
                        "API 令牌只能是 OFFICE（委员工作处，读写）或 REPORTER（统计报送，只读）")
                .check(!fields.expiresOn().isAfter(today), "expiresOn", "有效期须晚于今天")
                .check(fields.expiresOn().isAfter(today.plusDays(MAX_DAYS)), "expiresOn",
                        "有效期最长两年（至 " + today.plusDays(MAX_DAYS) + "），到期前再新建");
        CommitteeEntity committee = fields.committeeId() == null ? null
                : checks.read(() -> CommitteeEntity.referenced(callerContext.get(), "committeeId",
                        fields.committeeId()));
        checks.done();
        ApiTokenEntity token = new ApiTokenEntity();
        token.name = fields.name().strip();
        token.role = fields.role();
        token.committee = committee;
        String secret = newSecret();
        token.secretHash = sha256(secret);
        token.secretPrefix = secret.substring(0, SECRET_PREFIX.length() + 4);
        // Valid through the whole last day, Beijing time.
        token.expiresAt = fields.expiresOn().plusDays(1).atStartOfDay(OfficeClock.ZONE).toInstant();
        token.createdBy = callerContext.get().name();
        token.persistAndFlush();
        return new ApiTokenCreated(ApiToken.of(token), secret);
    }

    /** Revokes a token for good; revoking it again changes nothing. */
    @Transactional
    public void revoke(long id) {
        ApiTokenEntity token = find(id);
        if (token.revokedAt == null) {
            token.revokedAt = Instant.now();
            token.revokedBy = callerContext.get().name();
        }
    }

    /** The token a secret belongs to, if it is neither revoked nor expired. Runs in the caller's transaction. */
    ApiTokenEntity authenticate(String secret) {
        ApiTokenEntity token = ApiTokenEntity.<ApiTokenEntity>find("secretHash", sha256(secret)).firstResult();
        if (token == null) {
            throw new AuthenticationFailedException("API 令牌无效");
        }
        Instant now = Instant.now();
        switch (token.status(now)) {
            case REVOKED -> throw new AuthenticationFailedException("API 令牌已被吊销，请向系统管理员申请新令牌");
            case EXPIRED -> throw new AuthenticationFailedException("API 令牌已过期，请向系统管理员申请新令牌");
            case ACTIVE -> { }
        }
        if (token.lastUsedAt == null || token.lastUsedAt.isBefore(now.minus(LAST_USED_RESOLUTION))) {
            // A bulk update: no version bump and no audit entry for mere use.
            ApiTokenEntity.update("lastUsedAt = ?1 where id = ?2", now, token.id);
        }
        return token;
    }

    private ApiTokenEntity find(long id) {
        return VersionedEntity.found(ApiTokenEntity.findById(id), "API 令牌", id);
    }

    private String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
