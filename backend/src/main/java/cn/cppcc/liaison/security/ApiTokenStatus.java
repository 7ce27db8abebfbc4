package cn.cppcc.liaison.security;

/** Whether an API token still opens the API. */
public enum ApiTokenStatus {
    ACTIVE("有效"), EXPIRED("已过期"), REVOKED("已吊销");

    public final String label;

    ApiTokenStatus(String label) {
        this.label = label;
    }
}
