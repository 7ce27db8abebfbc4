package cn.cppcc.liaison.security;

import cn.cppcc.liaison.kernel.Role;

import cn.cppcc.liaison.kernel.Idempotency;
import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.PageResult;
import cn.cppcc.liaison.kernel.Responses;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path(ApiTokenResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class ApiTokenResource {

    static final String PATH = "/api/v1/api-tokens";

    @Inject
    ApiTokenService service;

    @Inject
    Idempotency idempotency;

    @GET
    public PageResult<ApiToken> listApiTokens(@Valid @BeanParam PageParams page,
            @QueryParam("committeeId") @Min(value = 1, message = "编号从 1 开始") Long committeeId,
            @QueryParam("status") ApiTokenStatus status) {
        return service.list(page, committeeId, status);
    }

    @POST
    public Response createApiToken(@HeaderParam(Idempotency.KEY) String idempotencyKey,
            @Valid @NotNull(message = "请求体不能为空") ApiTokenFields body) {
        return idempotency.created("createApiToken", idempotencyKey, body, PATH, () -> service.create(body));
    }

    @GET
    @Path("{id}")
    public Response getApiToken(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id) {
        return Responses.withETag(service.get(id));
    }

    @DELETE
    @Path("{id}")
    public void revokeApiToken(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id) {
        service.revoke(id);
    }
}
