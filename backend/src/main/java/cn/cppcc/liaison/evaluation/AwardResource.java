package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.kernel.Export;
import cn.cppcc.liaison.kernel.Idempotency;
import cn.cppcc.liaison.kernel.ListExports;
import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.PageResult;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Every signed-in role reads awards; the office records and removes them. */
@Authenticated
@Path(AwardResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AwardResource {

    static final String PATH = "/api/v1/awards";

    @Inject
    ListExports exports;

    @Inject
    AwardService service;

    @Inject
    Idempotency idempotency;

    @GET
    public PageResult<Award> listAwards(@Valid @BeanParam PageParams page, @Valid @BeanParam AwardFilters filters) {
        return listed(page, filters);
    }

    @GET
    @Path("export")
    @Produces({Export.CSV, Export.XLSX})
    public Response exportAwards(@Valid @BeanParam AwardFilters filters, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        return exports.answer("表彰", "awards", filters.committeeId, headers, uri, AwardExport.COLUMNS,
                page -> listed(page, filters).items());
    }

    @POST
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE})
    public Response createAward(@HeaderParam(Idempotency.KEY) String idempotencyKey,
            @Valid @NotNull(message = "请求体不能为空") AwardFields body) {
        return idempotency.created("createAward", idempotencyKey, body, PATH, () -> service.create(body));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE})
    public void deleteAward(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id) {
        service.delete(id);
    }

    /** A page of the list for the filters: what the list answers and its export reads, page by page. */
    private PageResult<Award> listed(PageParams page, AwardFilters filters) {
        return service.list(page, filters.committeeId, filters.year, filters.memberId);
    }
}
