package cn.cppcc.liaison.security;

import cn.cppcc.liaison.kernel.Caller;
import cn.cppcc.liaison.kernel.Role;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Turns a bearer token into the caller: an API token is looked up by its hash, a session token is
 * verified and its account re-read, so a disabled account or a changed role takes effect at once. A GET naming a
 * committee below the caller's reads it as that committee's reporter ({@link ReadingBelow}).
 */
@ApplicationScoped
public class BearerIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    @Inject
    TokenIssuer tokens;

    @Inject
    ApiTokenService apiTokens;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        return context.runBlocking(() -> QuarkusTransaction.requiringNew().call(
                () -> ApiTokenService.looksLikeApiToken(token) ? forApiToken(request, token)
                        : forSession(request, token)));
    }

    private SecurityIdentity forApiToken(TokenAuthenticationRequest request, String secret) {
        ApiTokenEntity token = apiTokens.authenticate(secret);
        Long committee = token.committee == null ? null : token.committee.id;
        Long below = ReadingBelow.committee(request, token.role, committee);
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(ApiTokenEntity.ACTOR_PREFIX + token.id))
                .addRole(below != null ? Role.REPORTER.name() : token.role.name())
                .addAttribute(Caller.TOKEN_ID, token.id);
        if (committee != null) {
            identity.addAttribute(Caller.COMMITTEE_ID, below != null ? below : committee);
        }
        return identity.build();
    }

    private SecurityIdentity forSession(TokenAuthenticationRequest request, String token) {
        JsonWebToken claims;
        try {
            claims = tokens.verify(token);
        } catch (ParseException e) {
            throw new AuthenticationFailedException("令牌无效或已过期，请重新登录");
        }
        AccountEntity account = AccountEntity.findById(parseId(claims.getSubject()));
        if (account == null || !account.enabled) {
            throw new AuthenticationFailedException("账号不存在或已停用，请联系系统管理员");
        }
        if (!account.acceptsSessionIssuedAt(Instant.ofEpochSecond(claims.getIssuedAtTime()))) {
            throw new AuthenticationFailedException("密码已修改或账号已变更，请重新登录");
        }
        Long committee = account.committee == null ? null : account.committee.id;
        Long below = ReadingBelow.committee(request, account.role, committee);
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username))
                .addRole(below != null ? Role.REPORTER.name() : account.role.name())
                .addAttribute(Caller.ACCOUNT_ID, account.id);
        if (below != null) {
            // A committee below is read as its reporter, who acts for no member and no group.
            return identity.addAttribute(Caller.COMMITTEE_ID, below).build();
        }
        // Absent attributes stay absent: the builder refuses null values.
        if (committee != null) {
            identity.addAttribute(Caller.COMMITTEE_ID, committee);
        }
        if (account.member != null) {
            identity.addAttribute(Caller.MEMBER_ID, account.member.id);
        }
        if (account.group != null) {
            identity.addAttribute(Caller.GROUP_ID, account.group.id);
        }
        return identity.build();
    }

    private static long parseId(String subject) {
        try {
            return Long.parseLong(subject);
        } catch (NumberFormatException | NullPointerException e) {
            throw new AuthenticationFailedException("令牌无效，请重新登录");
        }
    }
}
