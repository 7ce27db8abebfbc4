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
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path(AccountResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class AccountResource {

    static final String PATH = "/api/v1/accounts";

    @Inject
    AccountService service;

    @Inject
    Idempotency idempotency;

    @GET
    public PageResult<Account> listAccounts(@Valid @BeanParam PageParams page,
            @QueryParam("role") Role role,
            @QueryParam("committeeId") @Min(value = 1, message = "编号从 1 开始") Long committeeId,
            @QueryParam("enabled") Boolean enabled,
            @QueryParam("q") @Size(max = 50, message = "搜索词最多 50 个字") String q) {
        return service.list(page, role, committeeId, enabled, q);
    }

    @POST
    public Response createAccount(@HeaderParam(Idempotency.KEY) String idempotencyKey,
            @Valid @NotNull(message = "请求体不能为空") AccountFields body) {
        return idempotency.created("createAccount", idempotencyKey, body.withoutPassword(), PATH,
                () -> service.create(body));
    }

    @GET
    @Path("{id}")
    public Response getAccount(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id) {
        return Responses.withETag(service.get(id));
    }

    @PUT
    @Path("{id}")
    public Response updateAccount(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull(message = "请求体不能为空") AccountFields body) {
        return Responses.withETag(service.update(id, ifMatch, body));
    }

    @DELETE
    @Path("{id}")
    public void deleteAccount(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id) {
        service.delete(id);
    }
}
