package cn.cppcc.liaison.studio;

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

/** Every signed-in role reads; the office sets studios up. */
@Authenticated
@Path(StudioResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudioResource {

    static final String PATH = "/api/v1/studios";

    @Inject
    ListExports exports;

    @Inject
    StudioService service;

    @Inject
    Idempotency idempotency;

    @GET
    public PageResult<Studio> listStudios(@Valid @BeanParam PageParams page, @Valid @BeanParam StudioFilters filters) {
        return listed(page, filters);
    }

    @GET
    @Path("export")
    @Produces({Export.CSV, Export.XLSX})
    public Response exportStudios(@Valid @BeanParam StudioFilters filters, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        return exports.answer("委员工作室", "studios", filters.committeeId, headers, uri, StudioExport.COLUMNS,
                page -> listed(page, filters).items());
    }

    @POST
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE})
    public Response createStudio(@HeaderParam(Idempotency.KEY) String idempotencyKey,
            @Valid @NotNull(message = "请求体不能为空") StudioFields body) {
        return idempotency.created("createStudio", idempotencyKey, body, PATH, () -> service.create(body));
    }

    @GET
    @Path("{id}")
    public Response getStudio(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id) {
        return Responses.withETag(service.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE})
    public Response updateStudio(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull(message = "请求体不能为空") StudioFields body) {
        return Responses.withETag(service.update(id, ifMatch, body));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE})
    public void deleteStudio(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id) {
        service.delete(id);
    }

    /** A page of the list for the filters: what the list answers and its export reads, page by page. */
    private PageResult<Studio> listed(PageParams page, StudioFilters filters) {
        return service.list(page, filters.committeeId, filters.townshipId, filters.mode, filters.memberId, filters.q,
                filters.activeFrom, filters.activeTo);
    }
}
