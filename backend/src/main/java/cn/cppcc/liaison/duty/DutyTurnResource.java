package cn.cppcc.liaison.duty;

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

/** Every signed-in role reads the duty roster; the office plans it; members record their own turns. */
@Authenticated
@Path(DutyTurnResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DutyTurnResource {

    static final String PATH = "/api/v1/duty-turns";

    @Inject
    ListExports exports;

    @Inject
    DutyTurnService service;

    @Inject
    Idempotency idempotency;

    @GET
    public PageResult<DutyTurn> listDutyTurns(@Valid @BeanParam PageParams page,
            @Valid @BeanParam DutyTurnFilters filters) {
        return listed(page, filters);
    }

    @GET
    @Path("export")
    @Produces({Export.CSV, Export.XLSX})
    public Response exportDutyTurns(@Valid @BeanParam DutyTurnFilters filters, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        return exports.answer("一月一轮值", "duty-turns", filters.committeeId, headers, uri, DutyTurnExport.COLUMNS,
                page -> listed(page, filters).items());
    }

    @POST
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE})
    public Response createDutyTurn(@HeaderParam(Idempotency.KEY) String idempotencyKey,
            @Valid @NotNull(message = "请求体不能为空") DutyTurnFields body) {
        return idempotency.created("createDutyTurn", idempotencyKey, body, PATH, () -> service.create(body));
    }

    @POST
    @Path("roster")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE})
    public Response planDutyRoster(@HeaderParam(Idempotency.KEY) String idempotencyKey,
            @Valid @NotNull(message = "请求体不能为空") RosterRequest body) {
        return idempotency.answered("planDutyRoster", idempotencyKey, body, () -> service.roster(body));
    }

    @POST
    @Path("swap")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE})
    public List<DutyTurn> swapDutyTurns(@Valid @NotNull(message = "请求体不能为空") DutyTurnSwap body) {
        return service.swap(body);
    }

    @GET
    @Path("{id}")
    public Response getDutyTurn(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id) {
        return Responses.withETag(service.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE})
    public Response updateDutyTurn(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull(message = "请求体不能为空") DutyTurnFields body) {
        return Responses.withETag(service.update(id, ifMatch, body));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE})
    public void deleteDutyTurn(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id) {
        service.delete(id);
    }

    @POST
    @Path("{id}/record")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE, Role.Names.CONVENOR, Role.Names.LIAISON, Role.Names.MEMBER})
    public Response recordDutyTurn(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id,
            @Valid @NotNull(message = "请求体不能为空") DutyTurnRecord body) {
        return Responses.withETag(service.record(id, body));
    }

    /** A page of the list for the filters: what the list answers and its export reads, page by page. */
    private PageResult<DutyTurn> listed(PageParams page, DutyTurnFilters filters) {
        return service.list(page, filters.committeeId, filters.platformId, filters.participants(), filters.year,
                filters.month, filters.status, filters.overdue, filters.figure, filters.from, filters.to);
    }
}
