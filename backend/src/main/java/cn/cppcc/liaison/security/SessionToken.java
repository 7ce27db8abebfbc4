package cn.cppcc.liaison.security;

import java.time.Instant;

/** What a successful sign-in returns: the bearer token, when it expires, and who it is for. */
public record SessionToken(String accessToken, String tokenType, long expiresIn, Instant expiresAt, Account account) {

    static SessionToken of(TokenIssuer.SessionToken token, AccountEntity account) {
        return new SessionToken(token.token(), "Bearer", token.expiresAt().getEpochSecond() - token.issuedAt().getEpochSecond(),
                token.expiresAt(), Account.of(account));
    }
}
