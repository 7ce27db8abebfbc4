package cn.cppcc.liaison.consultation;

import cn.cppcc.liaison.kernel.Export;
import cn.cppcc.liaison.kernel.Idempotency;
import cn.cppcc.liaison.kernel.ListExports;
import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.PageResult;
import cn.cppcc.liaison.kernel.Responses;
import cn.cppcc.liaison.kernel.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Every signed-in role reads consultations; the office records them and their outcomes. */
@Authenticated
@Path(ConsultationResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsultationResource {

    static final String PATH = "/api/v1/consultations";

    @Inject
    ListExports exports;

    @Inject
    ConsultationService service;

    @Inject
    Idempotency idempotency;

    @Inject
    OutcomeService outcomes;

    @GET
    public PageResult<Consultation> listConsultations(@Valid @BeanParam PageParams page,
            @Valid @BeanParam ConsultationFilters filters) {
        return listed(page, filters);
    }

    @GET
    @Path("export")
    @Produces({Export.CSV, Export.XLSX})
    public Response exportConsultations(@Valid @BeanParam ConsultationFilters filters, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        return exports.answer("协商", "consultations", filters.committeeId, headers, uri, ConsultationExport.COLUMNS,
                page -> listed(page, filters).items());
    }

    @POST
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE})
    public Response createConsultation(@HeaderParam(Idempotency.KEY) String idempotencyKey,
            @Valid @NotNull(message = "请求体不能为空") ConsultationFields body) {
        return idempotency.created("createConsultation", idempotencyKey, body, PATH, () -> service.create(body));
    }

    @GET
    @Path("compliance")
    public ConsultationCompliance getConsultationCompliance(@Valid @BeanParam ComplianceFilters filters,
            @Valid @BeanParam PageParams page) {
        return compliance(page, filters);
    }

    @GET
    @Path("compliance/export")
    @Produces({Export.CSV, Export.XLSX})
    public Response exportConsultationCompliance(@Valid @BeanParam ComplianceFilters filters,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        return exports.answer("一季一协商落实情况", "consultation-compliance", filters.committeeId, headers, uri,
                ComplianceExport.columns(filters.quarter), page -> compliance(page, filters).items());
    }

    private ConsultationCompliance compliance(PageParams page, ComplianceFilters filters) {
        return service.compliance(filters.year, filters.quarter, filters.committeeId, filters.townshipId,
                filters.gapsOnly, page);
    }

    @GET
    @Path("{id}")
    public Response getConsultation(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id) {
        return Responses.withETag(service.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE})
    public Response updateConsultation(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull(message = "请求体不能为空") ConsultationFields body) {
        return Responses.withETag(service.update(id, ifMatch, body));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE})
    public void deleteConsultation(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id) {
        service.delete(id);
    }

    @GET
    @Path("{id}/outcomes")
    public Outcome.Items listConsultationOutcomes(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id) {
        return outcomes.ofConsultation(id);
    }

    @POST
    @Path("{id}/outcomes")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE})
    public Response createOutcome(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id,
            @HeaderParam(Idempotency.KEY) String idempotencyKey,
            @Valid @NotNull(message = "请求体不能为空") OutcomeFields body) {
        // The consultation is part of the request: the same body for another consultation is another request.
        return idempotency.created("createOutcome", idempotencyKey, List.of(id, body), OutcomeResource.PATH,
                () -> outcomes.create(id, body));
    }

    /** A page of the list for the filters: what the list answers and its export reads, page by page. */
    private PageResult<Consultation> listed(PageParams page, ConsultationFilters filters) {
        return service.list(page, filters.committeeId, filters.kind, filters.townshipId, filters.platformId,
                filters.studioId, filters.participants(), filters.attendance, filters.from, filters.to);
    }
}
