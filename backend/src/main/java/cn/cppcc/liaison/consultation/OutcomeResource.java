package cn.cppcc.liaison.consultation;

import cn.cppcc.liaison.kernel.Export;
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

/** The outcomes of every consultation, for the office's follow-up; each is created under its consultation. */
@Authenticated
@Path(OutcomeResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OutcomeResource {

    static final String PATH = "/api/v1/outcomes";

    @Inject
    ListExports exports;

    @Inject
    OutcomeService service;

    @GET
    public PageResult<Outcome> listOutcomes(@Valid @BeanParam PageParams page,
            @Valid @BeanParam OutcomeFilters filters) {
        return listed(page, filters);
    }

    @GET
    @Path("export")
    @Produces({Export.CSV, Export.XLSX})
    public Response exportOutcomes(@Valid @BeanParam OutcomeFilters filters, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        return exports.answer("协商成果", "outcomes", filters.committeeId, headers, uri, OutcomeExport.COLUMNS,
                page -> listed(page, filters).items());
    }

    @GET
    @Path("{id}")
    public Response getOutcome(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id) {
        return Responses.withETag(service.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE})
    public Response updateOutcome(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull(message = "请求体不能为空") OutcomeFields body) {
        return Responses.withETag(service.update(id, ifMatch, body));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE})
    public void deleteOutcome(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id) {
        service.delete(id);
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE})
    public Response transitionOutcome(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "请求体不能为空") OutcomeTransitionRequest body) {
        return Responses.withETag(service.transition(id, ifMatch, body));
    }

    /** A page of the list for the filters: what the list answers and its export reads, page by page. */
    private PageResult<Outcome> listed(PageParams page, OutcomeFilters filters) {
        return service.list(page, filters.committeeId, filters.consultationId, filters.status, filters.overdue,
                filters.q, filters.figure, filters.from, filters.to);
    }
}
