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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path(AccountResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class AccountResource {

    static final String PATH = "/api/v1/accounts";

    @Inject
    ListExports exports;

    @Inject
    AccountService service;

    @Inject
    Idempotency idempotency;

    @GET
    public PageResult<Account> listAccounts(@Valid @BeanParam PageParams page,
            @Valid @BeanParam AccountFilters filters) {
        return listed(page, filters);
    }

    @GET
    @Path("export")
    @Produces({Export.CSV, Export.XLSX})
    public Response exportAccounts(@Valid @BeanParam AccountFilters filters, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        return exports.answer("账号", "accounts", filters.committeeId, headers, uri, AccountExport.COLUMNS,
                page -> listed(page, filters).items());
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

    /** A page of the list for the filters: what the list answers and its export reads, page by page. */
    private PageResult<Account> listed(PageParams page, AccountFilters filters) {
        return service.list(page, filters.role, filters.committeeId, filters.enabled, filters.q);
    }
}
