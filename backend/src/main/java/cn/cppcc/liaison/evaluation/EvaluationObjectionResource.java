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

/** Members object to their own breakdown; the office answers; each reads within reach. */
@Authenticated
@Path(EvaluationObjectionResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationObjectionResource {

    static final String PATH = "/api/v1/evaluation-objections";

    @Inject
    ListExports exports;

    @Inject
    EvaluationObjectionService service;

    @Inject
    Idempotency idempotency;

    @GET
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE, Role.Names.CONVENOR, Role.Names.LIAISON, Role.Names.MEMBER})
    public PageResult<EvaluationObjection> listEvaluationObjections(@Valid @BeanParam PageParams page,
            @Valid @BeanParam EvaluationObjectionFilters filters) {
        return listed(page, filters);
    }

    @GET
    @Path("export")
    @Produces({Export.CSV, Export.XLSX})
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE, Role.Names.CONVENOR, Role.Names.LIAISON, Role.Names.MEMBER})
    public Response exportEvaluationObjections(@Valid @BeanParam EvaluationObjectionFilters filters,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        return exports.answer("考评申诉", "evaluation-objections", filters.committeeId, headers, uri,
                EvaluationObjectionExport.COLUMNS, page -> listed(page, filters).items());
    }

    @POST
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE, Role.Names.CONVENOR, Role.Names.LIAISON, Role.Names.MEMBER})
    public Response createEvaluationObjection(@HeaderParam(Idempotency.KEY) String idempotencyKey,
            @Valid @NotNull(message = "请求体不能为空") EvaluationObjectionFields body) {
        return idempotency.created("createEvaluationObjection", idempotencyKey, body, PATH, () -> service.create(body));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE, Role.Names.CONVENOR, Role.Names.LIAISON, Role.Names.MEMBER})
    public Response getEvaluationObjection(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id) {
        return Responses.withETag(service.get(id));
    }

    @POST
    @Path("{id}/answer")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE})
    public Response answerEvaluationObjection(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id,
            @Valid @NotNull(message = "请求体不能为空") EvaluationObjectionAnswer body) {
        return Responses.withETag(service.answer(id, body));
    }

    /** A page of the list for the filters: what the list answers and its export reads, page by page. */
    private PageResult<EvaluationObjection> listed(PageParams page, EvaluationObjectionFilters filters) {
        return service.list(page, filters.year, filters.committeeId, filters.status, filters.memberId);
    }
}
