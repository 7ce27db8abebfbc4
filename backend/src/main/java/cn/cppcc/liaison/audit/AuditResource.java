package cn.cppcc.liaison.audit;

import cn.cppcc.liaison.kernel.Export;
import cn.cppcc.liaison.kernel.ListExports;
import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.PageResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path(AuditResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "OFFICE"})
public class AuditResource {

    static final String PATH = "/api/v1/audit";

    @Inject
    AuditService service;

    @Inject
    ListExports exports;

    @GET
    public PageResult<AuditEvent> listAuditEvents(@Valid @BeanParam PageParams page,
            @Valid @BeanParam AuditFilters.Events filters) {
        return events(page, filters);
    }

    @GET
    @Path("export")
    @Produces({Export.CSV, Export.XLSX})
    public Response exportAuditEvents(@Valid @BeanParam AuditFilters.Events filters, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        return exports.answer("变更记录", "audit", filters.committeeId, headers, uri, AuditExport.EVENTS,
                page -> events(page, filters).items());
    }

    @GET
    @Path("reads")
    public PageResult<PersonalDataRead> listPersonalDataReads(@Valid @BeanParam PageParams page,
            @Valid @BeanParam AuditFilters filters) {
        return reads(page, filters);
    }

    @GET
    @Path("reads/export")
    @Produces({Export.CSV, Export.XLSX})
    public Response exportPersonalDataReads(@Valid @BeanParam AuditFilters filters, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        return exports.answer("个人信息查看记录", "personal-data-reads", null, headers, uri, AuditExport.READS,
                page -> reads(page, filters).items());
    }

    private PageResult<AuditEvent> events(PageParams page, AuditFilters.Events filters) {
        return service.events(page, filters.recordType, filters.recordId, filters.actor, filters.committeeId,
                filters.from, filters.to);
    }

    private PageResult<PersonalDataRead> reads(PageParams page, AuditFilters filters) {
        return service.reads(page, filters.recordType, filters.recordId, filters.actor, filters.from, filters.to);
    }
}
