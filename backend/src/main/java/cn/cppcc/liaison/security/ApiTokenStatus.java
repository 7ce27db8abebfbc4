package cn.cppcc.liaison.security;

/** Whether an API token still opens the API. */
public enum ApiTokenStatus {
    ACTIVE, EXPIRED, REVOKED
}
