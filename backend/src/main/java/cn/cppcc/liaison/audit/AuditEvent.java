package cn.cppcc.liaison.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One change of one record as the trail shows it: who, when, what it was before and after. A created
 * record has no {@code before}, a deleted one no {@code after}; both are written out as null.
 */
public record AuditEvent(
        long revision,
        Instant at,
        String actor,
        Long accountId,
        AuditAction action,
        AuditRecordType recordType,
        long recordId,
        Long committeeId,
        @JsonInclude(JsonInclude.Include.ALWAYS) Map<String, Object> before,
        @JsonInclude(JsonInclude.Include.ALWAYS) Map<String, Object> after,
        List<String> changedFields) {
}
