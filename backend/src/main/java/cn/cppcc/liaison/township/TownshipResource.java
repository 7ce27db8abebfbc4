package cn.cppcc.liaison.township;

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

/** Every signed-in role reads; writes name their roles. */
@Authenticated
@Path(TownshipResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TownshipResource {

    static final String PATH = "/api/v1/townships";

    @Inject
    ListExports exports;

    @Inject
    TownshipService service;

    @Inject
    Idempotency idempotency;

    @GET
    public PageResult<Township> listTownships(@Valid @BeanParam PageParams page,
            @Valid @BeanParam TownshipFilters filters) {
        return listed(page, filters);
    }

    @GET
    @Path("export")
    @Produces({Export.CSV, Export.XLSX})
    public Response exportTownships(@Valid @BeanParam TownshipFilters filters, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        return exports.answer("乡镇（街道）", "townships", filters.committeeId, headers, uri, TownshipExport.COLUMNS,
                page -> listed(page, filters).items());
    }

    @POST
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE})
    public Response createTownship(@HeaderParam(Idempotency.KEY) String idempotencyKey,
            @Valid @NotNull(message = "请求体不能为空") TownshipFields body) {
        return idempotency.created("createTownship", idempotencyKey, body, PATH, () -> service.create(body));
    }

    @GET
    @Path("{id}")
    public Response getTownship(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id) {
        return Responses.withETag(service.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE})
    public Response updateTownship(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull(message = "请求体不能为空") TownshipFields body) {
        return Responses.withETag(service.update(id, ifMatch, body));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE})
    public void deleteTownship(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id) {
        service.delete(id);
    }

    /** A page of the list for the filters: what the list answers and its export reads, page by page. */
    private PageResult<Township> listed(PageParams page, TownshipFilters filters) {
        return service.list(page, filters.committeeId, filters.kind, filters.q);
    }
}
