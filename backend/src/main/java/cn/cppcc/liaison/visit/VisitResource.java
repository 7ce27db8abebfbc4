package cn.cppcc.liaison.visit;

import cn.cppcc.liaison.kernel.Export;
import cn.cppcc.liaison.kernel.Idempotency;
import cn.cppcc.liaison.kernel.ListExports;
import cn.cppcc.liaison.kernel.PageParams;
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

/** Every signed-in role reads; members, group leads and the office record, each within their reach. */
@Authenticated
@Path(VisitResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VisitResource {

    static final String PATH = "/api/v1/visits";

    @Inject
    ListExports exports;

    @Inject
    VisitService service;

    @Inject
    Idempotency idempotency;

    @GET
    public VisitPage listVisits(@Valid @BeanParam PageParams page, @Valid @BeanParam VisitFilters filters) {
        return listed(page, filters);
    }

    @GET
    @Path("export")
    @Produces({Export.CSV, Export.XLSX})
    public Response exportVisits(@Valid @BeanParam VisitFilters filters, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        return exports.answer("接待走访", "visits", filters.committeeId, headers, uri, VisitExport.COLUMNS,
                page -> listed(page, filters).items());
    }

    @POST
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE, Role.Names.CONVENOR, Role.Names.LIAISON, Role.Names.MEMBER})
    public Response createVisit(@HeaderParam(Idempotency.KEY) String idempotencyKey,
            @Valid @NotNull(message = "请求体不能为空") VisitFields body) {
        return idempotency.created("createVisit", idempotencyKey, body, PATH, () -> service.create(body));
    }

    @GET
    @Path("{id}")
    public Response getVisit(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id) {
        return Responses.withETag(service.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE, Role.Names.CONVENOR, Role.Names.LIAISON, Role.Names.MEMBER})
    public Response updateVisit(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull(message = "请求体不能为空") VisitFields body) {
        return Responses.withETag(service.update(id, ifMatch, body));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE, Role.Names.CONVENOR, Role.Names.LIAISON, Role.Names.MEMBER})
    public void deleteVisit(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id) {
        service.delete(id);
    }

    /** A page of the list for the filters: what the list answers and its export reads, page by page. */
    private VisitPage listed(PageParams page, VisitFilters filters) {
        return service.list(page, filters.committeeId, filters.kind, filters.townshipId, filters.studioId,
                filters.platformId, filters.participants(), filters.from, filters.to);
    }
}
