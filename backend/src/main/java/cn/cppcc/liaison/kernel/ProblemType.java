package cn.cppcc.liaison.kernel;

/** The stable problem types clients switch on; the URI never changes once published. */
public enum ProblemType {
    VALIDATION(400, "validation", "输入有误"),
    MALFORMED_REQUEST(400, "malformed-request", "请求格式有误"),
    UNAUTHORIZED(401, "unauthorized", "未登录或登录已失效"),
    FORBIDDEN(403, "forbidden", "没有权限"),
    NOT_FOUND(404, "not-found", "记录不存在"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "不支持该请求方法"),
    NOT_ACCEPTABLE(406, "not-acceptable", "无法提供所要求的响应格式"),
    STALE_VERSION(409, "stale-version", "记录已被他人修改"),
    DUPLICATE(409, "duplicate", "记录重复"),
    IN_USE(409, "in-use", "记录仍被引用"),
    ILLEGAL_STATE(409, "illegal-state", "当前状态不允许该操作"),
    SCHEDULE_CONFLICT(409, "schedule-conflict", "时间冲突"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "请求体过大"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "不支持的内容类型"),
    IMPORT_REJECTED(422, "import-rejected", "导入未通过校验"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "幂等键已用于另一请求"),
    PRECONDITION_REQUIRED(428, "precondition-required", "缺少版本号"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "尝试过于频繁"),
    INTERNAL(500, "internal", "服务器内部错误");

    public static final String PREFIX = "urn:cppcc:problem:";

    public final int status;
    public final String slug;
    public final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public String uri() {
        return PREFIX + slug;
    }
}
