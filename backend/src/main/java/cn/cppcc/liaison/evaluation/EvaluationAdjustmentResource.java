package cn.cppcc.liaison.evaluation;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The office adjusts members' scores; each member reads their own adjustments, convenors and liaisons their group's. */
@Authenticated
@Path(EvaluationAdjustmentResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationAdjustmentResource {

    static final String PATH = "/api/v1/evaluation-adjustments";

    @Inject
    ListExports exports;

    @Inject
    EvaluationAdjustmentService service;

    @Inject
    Idempotency idempotency;

    @GET
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE, Role.Names.CONVENOR, Role.Names.LIAISON, Role.Names.MEMBER})
    public PageResult<EvaluationAdjustment> listEvaluationAdjustments(@Valid @BeanParam PageParams page,
            @Valid @BeanParam EvaluationAdjustmentFilters filters) {
        return listed(page, filters);
    }

    @GET
    @Path("export")
    @Produces({Export.CSV, Export.XLSX})
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE, Role.Names.CONVENOR, Role.Names.LIAISON, Role.Names.MEMBER})
    public Response exportEvaluationAdjustments(@Valid @BeanParam EvaluationAdjustmentFilters filters,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        return exports.answer("考评加减分", "evaluation-adjustments", filters.committeeId, headers, uri,
                EvaluationAdjustmentExport.COLUMNS, page -> listed(page, filters).items());
    }

    @POST
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE})
    public Response createEvaluationAdjustment(@HeaderParam(Idempotency.KEY) String idempotencyKey,
            @Valid @NotNull(message = "请求体不能为空") EvaluationAdjustmentFields body) {
        return idempotency.created("createEvaluationAdjustment", idempotencyKey, body, PATH, () -> service.create(body));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE, Role.Names.CONVENOR, Role.Names.LIAISON, Role.Names.MEMBER})
    public Response getEvaluationAdjustment(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id) {
        return Responses.withETag(service.get(id));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE})
    public void deleteEvaluationAdjustment(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id) {
        service.delete(id);
    }

    /** A page of the list for the filters: what the list answers and its export reads, page by page. */
    private PageResult<EvaluationAdjustment> listed(PageParams page, EvaluationAdjustmentFilters filters) {
        return service.list(page, filters.year, filters.committeeId, filters.memberId);
    }
}
