package cn.cppcc.liaison.security;

/** A new API token with its secret: the only time the secret is ever shown. */
public record ApiTokenCreated(ApiToken token, String secret) {
}
