package cn.cppcc.liaison.audit;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;

/** The filters of the personal-data reads' list and its export; the trail of changes adds its committee. */
public class AuditFilters {

    @QueryParam("recordType")
    public AuditRecordType recordType;

    @QueryParam("recordId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long recordId;

    @QueryParam("actor")
    @Size(max = 100, message = "用户名最多 100 个字符")
    public String actor;

    @QueryParam("from")
    public LocalDate from;

    @QueryParam("to")
    public LocalDate to;

    /** The filters of the trail of changes (变更记录) and its export. */
    public static class Events extends AuditFilters {

        @QueryParam("committeeId")
        @Min(value = 1, message = "编号从 1 开始")
        public Long committeeId;
    }
}
