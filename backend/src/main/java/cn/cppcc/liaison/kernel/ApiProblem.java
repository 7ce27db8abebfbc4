package cn.cppcc.liaison.kernel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Thrown by services for any failure the client caused; mapped once to problem+json. */
public class ApiProblem extends RuntimeException {

    public final ProblemType type;
    public final List<Problem.FieldError> errors;
    public final List<Problem.Reference> references;
    public final List<Problem.RowError> rows;
    /** For an illegal state: what the record does allow now. */
    public final List<Problem.Allowed> allowed;
    /** Headers the answer carries besides the body, such as Retry-After. */
    public final Map<String, String> headers = new LinkedHashMap<>();

    public ApiProblem(ProblemType type, String detail, List<Problem.FieldError> errors,
            List<Problem.Reference> references) {
        this(type, detail, errors, references, null);
    }

    private ApiProblem(ProblemType type, String detail, List<Problem.FieldError> errors,
            List<Problem.Reference> references, List<Problem.RowError> rows) {
        this(type, detail, errors, references, rows, null);
    }

    private ApiProblem(ProblemType type, String detail, List<Problem.FieldError> errors,
            List<Problem.Reference> references, List<Problem.RowError> rows, List<Problem.Allowed> allowed) {
        super(detail, null, false, false);
        this.allowed = allowed;
        this.type = type;
        this.errors = errors;
        this.references = references;
        this.rows = rows;
    }

    public ApiProblem(ProblemType type, String detail) {
        this(type, detail, null, null);
    }

    public ApiProblem withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public static ApiProblem notFound(String what, Object id) {
        return new ApiProblem(ProblemType.NOT_FOUND, what + " " + id + " 不存在或已删除");
    }

    /** A reference inside a request body that points nowhere: the client's input is wrong. */
    public static ApiProblem unknownReference(String field, String what, Object id) {
        return invalid(field, what + " " + id + " 不存在");
    }

    public static ApiProblem invalid(String field, String message) {
        return new ApiProblem(ProblemType.VALIDATION, message,
                List.of(new Problem.FieldError(field, message)), null);
    }

    public static ApiProblem duplicate(String field, String message) {
        return new ApiProblem(ProblemType.DUPLICATE, message,
                List.of(new Problem.FieldError(field, message)), null);
    }

    public static ApiProblem inUse(String what, List<Problem.Reference> references) {
        StringBuilder detail = new StringBuilder(what).append("仍被引用，不能删除：");
        for (int i = 0; i < references.size(); i++) {
            Problem.Reference r = references.get(i);
            detail.append(i == 0 ? "" : "、").append(r.count()).append(" 条").append(r.label());
        }
        return new ApiProblem(ProblemType.IN_USE, detail.append("。请先处理这些记录。").toString(), null, references);
    }

    /** An uploaded file with errors in some rows; nothing of it was stored. */
    public static ApiProblem importRejected(String detail, List<Problem.RowError> rows) {
        return new ApiProblem(ProblemType.IMPORT_REJECTED, detail, null, null, rows);
    }

    /** An action the record's current state (or the caller's role) does not allow, naming what it does allow. */
    public static ApiProblem illegalState(String field, String detail, List<Problem.Allowed> allowed) {
        return new ApiProblem(ProblemType.ILLEGAL_STATE, detail, List.of(new Problem.FieldError(field, detail)), null,
                null, allowed);
    }

    public static ApiProblem staleVersion(String what, long current, long given) {
        return new ApiProblem(ProblemType.STALE_VERSION,
                what + "已被他人修改（当前版本 " + current + "，您提交的版本 " + given + "），请重新读取后再修改");
    }
}
