package cn.cppcc.liaison.proposal;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Every signed-in role reads; members file the proposals they lead, the office handles them. */
@Authenticated
@Path(ProposalResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProposalResource {

    static final String PATH = "/api/v1/proposals";

    @Inject
    ListExports exports;

    @Inject
    ProposalService service;

    @Inject
    Idempotency idempotency;

    @GET
    public PageResult<Proposal> listProposals(@Valid @BeanParam PageParams page,
            @Valid @BeanParam ProposalFilters filters) {
        return listed(page, filters);
    }

    @GET
    @Path("export")
    @Produces({Export.CSV, Export.XLSX})
    public Response exportProposals(@Valid @BeanParam ProposalFilters filters, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        return exports.answer("提案", "proposals", filters.committeeId, headers, uri, ProposalExport.COLUMNS,
                page -> listed(page, filters).items());
    }

    @POST
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE, Role.Names.MEMBER})
    public Response createProposal(@HeaderParam(Idempotency.KEY) String idempotencyKey,
            @Valid @NotNull(message = "请求体不能为空") ProposalFields body) {
        return idempotency.created("createProposal", idempotencyKey, body, PATH, () -> service.create(body));
    }

    @GET
    @Path("{id}")
    public Response getProposal(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id) {
        return Responses.withETag(service.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE, Role.Names.MEMBER})
    public Response updateProposal(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull(message = "请求体不能为空") ProposalFields body) {
        return Responses.withETag(service.update(id, ifMatch, body));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE, Role.Names.MEMBER})
    public void deleteProposal(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id) {
        service.delete(id);
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE})
    public Response changeProposalStatus(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "请求体不能为空") ProposalStatusChange body) {
        return Responses.withETag(service.changeStatus(id, ifMatch, body));
    }

    /** A page of the list for the filters: what the list answers and its export reads, page by page. */
    private PageResult<Proposal> listed(PageParams page, ProposalFilters filters) {
        return service.list(page, filters.committeeId, filters.status, filters.category, filters.participants(),
                filters.year, filters.from, filters.to, filters.q, filters.figure);
    }
}
