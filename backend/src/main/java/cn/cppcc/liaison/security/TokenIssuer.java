package cn.cppcc.liaison.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Signs session tokens (JWT, RS256) for accounts and verifies them; the account id is the subject. */
@ApplicationScoped
public class TokenIssuer {

    static final String ISSUER = "urn:cppcc:liaison";

    @Inject
    SigningKeys keys;

    @Inject
    SecurityConfig config;

    private volatile DefaultJWTParser parser;

    /** A token for the account valid from {@code issuedAt} for the configured lifetime. */
    public SessionToken issue(AccountEntity account, Instant issuedAt) {
        Instant expiresAt = issuedAt.plus(config.tokenLifetime());
        String token = Jwt.issuer(ISSUER)
                .subject(String.valueOf(account.id))
                .upn(account.username)
                .groups(account.role.name())
                .issuedAt(issuedAt)
                .expiresAt(expiresAt)
                .jws().keyId("cppcc")
                .sign(keys.privateKey);
        return new SessionToken(token, issuedAt, expiresAt);
    }

    /** The verified claims, or a ParseException for a token that is tampered with, foreign or expired. */
    public JsonWebToken verify(String token) throws ParseException {
        return parser().parse(token);
    }

    private DefaultJWTParser parser() {
        if (parser == null) {
            JWTAuthContextInfo context = new JWTAuthContextInfo(keys.publicKey, ISSUER);
            context.setExpGracePeriodSecs(0);
            parser = new DefaultJWTParser(context);
        }
        return parser;
    }

    /** A signed token with the instants it is valid between. */
    public record SessionToken(String token, Instant issuedAt, Instant expiresAt) {
    }
}
