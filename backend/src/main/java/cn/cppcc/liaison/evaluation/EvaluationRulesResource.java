package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.kernel.Idempotency;
import cn.cppcc.liaison.kernel.Role;
import cn.cppcc.liaison.kernel.Versions;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Every signed-in role reads the rules it is scored by; the office starts and edits them. */
@Authenticated
@Path(EvaluationRulesResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationRulesResource {

    static final String PATH = "/api/v1/evaluation-rules";

    @Inject
    EvaluationRulesService service;

    @Inject
    Idempotency idempotency;

    @GET
    @Path("templates")
    public List<EvaluationTemplates.Template> listEvaluationTemplates() {
        return service.templates();
    }

    @GET
    @Path("{year}")
    public Response getEvaluationRules(@PathParam("year") @Min(value = 2000, message = "年度为 2000–2100")
            @Max(value = 2100, message = "年度为 2000–2100") Integer year,
            @QueryParam("committeeId") @Min(value = 1, message = "编号从 1 开始") Long committeeId) {
        return withETag(service.get(year, committeeId));
    }

    @POST
    @Path("{year}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE})
    public Response createEvaluationRules(@PathParam("year") @Min(value = 2000, message = "年度为 2000–2100")
            @Max(value = 2100, message = "年度为 2000–2100") Integer year,
            @QueryParam("committeeId") @Min(value = 1, message = "编号从 1 开始") Long committeeId,
            @HeaderParam(Idempotency.KEY) String idempotencyKey,
            @Valid @NotNull(message = "请求体不能为空") EvaluationRulesStart body) {
        return idempotency.created("createEvaluationRules", idempotencyKey, List.of(year, String.valueOf(committeeId), body),
                PATH, () -> service.create(year, committeeId, body.from()));
    }

    @PUT
    @Path("{year}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE})
    public Response updateEvaluationRules(@PathParam("year") @Min(value = 2000, message = "年度为 2000–2100")
            @Max(value = 2100, message = "年度为 2000–2100") Integer year,
            @QueryParam("committeeId") @Min(value = 1, message = "编号从 1 开始") Long committeeId,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "请求体不能为空") EvaluationRulesFields body) {
        return withETag(service.update(year, committeeId, ifMatch, body));
    }

    private static Response withETag(EvaluationRules rules) {
        return Response.ok(rules).header("ETag", Versions.etag(rules.version())).build();
    }
}
