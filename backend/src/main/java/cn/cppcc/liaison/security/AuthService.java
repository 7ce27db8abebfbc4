package cn.cppcc.liaison.security;

import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.Caller;

import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.ProblemType;
import cn.cppcc.liaison.kernel.VersionedEntity;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class AuthService {

    @Inject
    CallerContext callerContext;

    @Inject
    Passwords passwords;

    @Inject
    TokenIssuer tokens;

    @Inject
    LoginThrottle throttle;

    /** Checked against when the username is unknown, so both answers take as long. */
    private String decoyHash;

    @PostConstruct
    void prepareDecoy() {
        decoyHash = passwords.hash("decoy-password-1");
    }

    /** Exchanges a username and password for a session token; wrong guesses in a row lock the username. */
    @Transactional
    public SessionToken signIn(Credentials credentials, String from) {
        Instant now = Instant.now();
        long locked = throttle.secondsLocked(credentials.username(), now);
        if (locked > 0) {
            throw new ApiProblem(ProblemType.TOO_MANY_REQUESTS,
                    "密码错误次数过多，该账号暂时不能登录，请 " + locked + " 秒后再试")
                    .withHeader("Retry-After", String.valueOf(locked));
        }
        Optional<AccountEntity> found = AccountEntity.byUsername(credentials.username());
        boolean matches = passwords.matches(credentials.password(), found.map(a -> a.passwordHash).orElse(decoyHash));
        if (found.isEmpty() || !matches) {
            throttle.failed(credentials.username(), from, now);
            throw new ApiProblem(ProblemType.UNAUTHORIZED, "用户名或密码不正确");
        }
        AccountEntity account = found.get();
        if (!account.enabled) {
            throw new ApiProblem(ProblemType.UNAUTHORIZED, "账号已停用，请联系系统管理员");
        }
        throttle.succeeded(credentials.username());
        // A bulk update: signing in is not a change of the account worth a version or an audit entry.
        AccountEntity.update("lastLoginAt = ?1 where id = ?2", now, account.id);
        AccountEntity.getEntityManager().refresh(account);
        return SessionToken.of(tokens.issue(account, account.sessionStart(now)), account);
    }

    public CurrentCaller whoAmI() {
        Caller caller = callerContext.get();
        if (caller.accountId() != null) {
            AccountEntity account = AccountEntity.findById(caller.accountId());
            return new CurrentCaller("ACCOUNT", account.username, account.displayName, account.role, account.id, null,
                    caller.committeeId(), caller.memberId(), caller.groupId());
        }
        ApiTokenEntity token = ApiTokenEntity.findById(caller.tokenId());
        return new CurrentCaller("API_TOKEN", caller.name(), token.name, token.role, null, token.id,
                caller.committeeId(), null, null);
    }

    /** Sets a new password after checking the current one; other sessions end, this one gets a new token. */
    @Transactional
    public SessionToken changePassword(PasswordChange change) {
        Caller caller = callerContext.get();
        if (caller.accountId() == null) {
            throw new ApiProblem(ProblemType.FORBIDDEN, "API 令牌没有密码；请由系统管理员吊销后新建令牌");
        }
        AccountEntity account = VersionedEntity.found(AccountEntity.findById(caller.accountId()), "账号",
                caller.accountId());
        if (!passwords.matches(change.currentPassword(), account.passwordHash)) {
            throw ApiProblem.invalid("currentPassword", "当前密码不正确");
        }
        if (change.newPassword().equals(change.currentPassword())) {
            throw ApiProblem.invalid("newPassword", "新密码不能与当前密码相同");
        }
        Passwords.checkRules("newPassword", change.newPassword());
        account.passwordHash = passwords.hash(change.newPassword());
        account.endSessions();
        AccountEntity.flush();
        return SessionToken.of(tokens.issue(account, account.sessionStart(Instant.now())), account);
    }
}
