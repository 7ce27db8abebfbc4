package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.kernel.Idempotency;
import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.PageResult;
import cn.cppcc.liaison.kernel.Responses;
import cn.cppcc.liaison.kernel.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Members object to their own breakdown; the office answers; each reads within reach. */
@Authenticated
@Path(EvaluationObjectionResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationObjectionResource {

    static final String PATH = "/api/v1/evaluation-objections";

    @Inject
    EvaluationObjectionService service;

    @Inject
    Idempotency idempotency;

    @GET
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE, Role.Names.CONVENOR, Role.Names.LIAISON, Role.Names.MEMBER})
    public PageResult<EvaluationObjection> listEvaluationObjections(@Valid @BeanParam PageParams page,
            @QueryParam("year") @Min(value = 2000, message = "年度为 2000–2100")
            @Max(value = 2100, message = "年度为 2000–2100") Integer year,
            @QueryParam("committeeId") @Min(value = 1, message = "编号从 1 开始") Long committeeId,
            @QueryParam("status") EvaluationObjectionStatus status,
            @QueryParam("memberId") @Min(value = 1, message = "编号从 1 开始") Long memberId) {
        return service.list(page, year, committeeId, status, memberId);
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
}
