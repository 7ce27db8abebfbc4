package cn.cppcc.liaison.security;

import cn.cppcc.liaison.kernel.Idempotency;
import cn.cppcc.liaison.kernel.Versioned;

/**
 * A new API token with its secret: the only time the secret is ever shown. A retried create gets the token
 * without it, since the secret is kept nowhere, not even for the retry.
 */
public record ApiTokenCreated(ApiToken token, String secret) implements Versioned, Idempotency.ShownOnce {

    @Override
    public long id() {
        return token.id();
    }

    @Override
    public int version() {
        return token.version();
    }

    @Override
    public ApiTokenCreated withoutSecret() {
        return new ApiTokenCreated(token, null);
    }
}
