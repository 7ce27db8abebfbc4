package cn.cppcc.liaison.security;

import cn.cppcc.liaison.kernel.Export;
import cn.cppcc.liaison.kernel.Idempotency;
import cn.cppcc.liaison.kernel.ListExports;
import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.PageResult;
import cn.cppcc.liaison.kernel.Responses;
import cn.cppcc.liaison.kernel.Role;
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

    @Inject
    ListExports exports;

    @GET
    public PageResult<ApiToken> listApiTokens(@Valid @BeanParam PageParams page,
            @Valid @BeanParam ApiTokenFilters filters) {
        return service.list(page, filters.committeeId, filters.status);
    }

    @GET
    @Path("export")
    @Produces({Export.CSV, Export.XLSX})
    public Response exportApiTokens(@Valid @BeanParam ApiTokenFilters filters, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        return exports.answer("API 令牌", "api-tokens", filters.committeeId, headers, uri, ApiTokenExport.COLUMNS,
                page -> service.list(page, filters.committeeId, filters.status).items());
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
