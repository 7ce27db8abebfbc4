package cn.cppcc.liaison.opinion;

import cn.cppcc.liaison.kernel.Export;
import cn.cppcc.liaison.kernel.Idempotency;
import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.PageResult;
import cn.cppcc.liaison.kernel.Responses;
import cn.cppcc.liaison.kernel.Versions;
import cn.cppcc.liaison.member.MemberService;
import cn.cppcc.liaison.kernel.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Every signed-in role reads within its reach; members, group leads and the office record and move opinions. */
@Authenticated
@Path(OpinionResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpinionResource {

    @Inject
    OfficeClock clock;

    static final String PATH = "/api/v1/opinions";

    @Inject
    OpinionService service;

    @Inject
    OpinionLifecycle lifecycle;

    @Inject
    Idempotency idempotency;

    @GET
    public OpinionPage listOpinions(@Valid @BeanParam PageParams page, @Valid @BeanParam OpinionFilters filters,
            @QueryParam("figure") OpinionFigure figure) {
        return service.list(page, filters.criteria(figure));
    }

    @POST
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE, Role.Names.CONVENOR, Role.Names.LIAISON, Role.Names.MEMBER})
    public Response createOpinion(@HeaderParam(Idempotency.KEY) String idempotencyKey,
            @Valid @NotNull(message = "请求体不能为空") OpinionFields body) {
        return idempotency.created("createOpinion", idempotencyKey, body, PATH, () -> service.create(body));
    }

    @GET
    @Path("summary")
    public OpinionSummary getOpinionSummary(@Valid @BeanParam OpinionFilters filters) {
        return service.summary(filters.criteria(null));
    }

    @GET
    @Path("similar")
    public SimilarOpinions findSimilarOpinions(
            @QueryParam("townshipId") @NotNull(message = "须给出乡镇（街道）") @Min(value = 1, message = "编号从 1 开始")
            Long townshipId,
            @QueryParam("text") @NotBlank(message = "须给出要比较的文字") @Size(min = 2, max = 2000, message = "文字为 2–2000 个字")
            String text,
            @QueryParam("excludeId") @Min(value = 1, message = "编号从 1 开始") Long excludeId) {
        return service.similar(townshipId, text, excludeId);
    }

    @GET
    @Path("export")
    @Produces({Export.CSV, Export.XLSX})
    public Response exportOpinions(@Valid @BeanParam OpinionFilters filters,
            @QueryParam("figure") OpinionFigure figure, @Context HttpHeaders headers, @Context UriInfo uri) {
        return service.export(filters.criteria(figure), Export.Format.accepted(headers), uri.getQueryParameters())
                .attachment("opinions-" + clock.today().format(DateTimeFormatter.BASIC_ISO_DATE));
    }

    @GET
    @Path("{id}")
    public Response getOpinion(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id) {
        return Responses.withETag(service.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE, Role.Names.CONVENOR, Role.Names.LIAISON, Role.Names.MEMBER})
    public Response updateOpinion(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull(message = "请求体不能为空") OpinionFields body) {
        return Responses.withETag(service.update(id, ifMatch, body));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE, Role.Names.CONVENOR, Role.Names.LIAISON, Role.Names.MEMBER})
    public void deleteOpinion(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id) {
        service.delete(id);
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE, Role.Names.CONVENOR, Role.Names.LIAISON, Role.Names.MEMBER})
    public Response transitionOpinion(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "请求体不能为空") OpinionTransitionRequest body) {
        Opinion opinion = lifecycle.transition(id, ifMatch, body);
        return Response.ok(opinion).header("ETag", Versions.etag(opinion.version())).build();
    }

    @GET
    @Path("{id}/history")
    public OpinionTransition.History listOpinionHistory(
            @PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id) {
        return service.history(id);
    }
}
