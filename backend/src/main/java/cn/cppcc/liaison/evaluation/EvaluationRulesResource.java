package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.kernel.Idempotency;
import cn.cppcc.liaison.kernel.Role;
import cn.cppcc.liaison.kernel.Versions;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
    public Response getEvaluationRules(@Valid @BeanParam EvaluationYearParams scope) {
        return withETag(service.get(scope.year, scope.committeeId));
    }

    @POST
    @Path("{year}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE})
    public Response createEvaluationRules(@Valid @BeanParam EvaluationYearParams scope,
            @HeaderParam(Idempotency.KEY) String idempotencyKey,
            @Valid @NotNull(message = "请求体不能为空") EvaluationRulesStart body) {
        return idempotency.created("createEvaluationRules", idempotencyKey,
                List.of(scope.year, String.valueOf(scope.committeeId), body), PATH,
                () -> service.create(scope.year, scope.committeeId, body.from()));
    }

    @PUT
    @Path("{year}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE})
    public Response updateEvaluationRules(@Valid @BeanParam EvaluationYearParams scope,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "请求体不能为空") EvaluationRulesFields body) {
        return withETag(service.update(scope.year, scope.committeeId, ifMatch, body));
    }

    private static Response withETag(EvaluationRules rules) {
        return Response.ok(rules).header("ETag", Versions.etag(rules.version())).build();
    }
}
