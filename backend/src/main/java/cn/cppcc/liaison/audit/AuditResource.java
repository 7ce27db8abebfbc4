package cn.cppcc.liaison.audit;

import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.PageResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;

@Path(AuditResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    static final String PATH = "/api/v1/audit";

    @Inject
    AuditService service;

    @GET
    @RolesAllowed({"ADMIN", "OFFICE"})
    public PageResult<AuditEvent> listAuditEvents(@Valid @BeanParam PageParams page,
            @QueryParam("recordType") AuditRecordType recordType,
            @QueryParam("recordId") @Min(value = 1, message = "编号从 1 开始") Long recordId,
            @QueryParam("actor") @Size(max = 100, message = "用户名最多 100 个字符") String actor,
            @QueryParam("committeeId") @Min(value = 1, message = "编号从 1 开始") Long committeeId,
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        return service.events(page, recordType, recordId, actor, committeeId, from, to);
    }

    @GET
    @Path("reads")
    @RolesAllowed({"ADMIN", "OFFICE"})
    public PageResult<PersonalDataRead> listPersonalDataReads(@Valid @BeanParam PageParams page,
            @QueryParam("recordType") AuditRecordType recordType,
            @QueryParam("recordId") @Min(value = 1, message = "编号从 1 开始") Long recordId,
            @QueryParam("actor") @Size(max = 100, message = "用户名最多 100 个字符") String actor,
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        return service.reads(page, recordType, recordId, actor, from, to);
    }
}
