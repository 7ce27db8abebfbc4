package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.kernel.Export;
import cn.cppcc.liaison.kernel.ListExports;
import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/** 一年一考评: the office computes and closes a year, the administrator reopens one, the roles read within reach. */
@Authenticated
@Path("/api/v1/evaluations")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    EvaluationService service;

    @Inject
    EvaluationQueries queries;

    @Inject
    ListExports exports;

    @GET
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE, Role.Names.CONVENOR, Role.Names.LIAISON, Role.Names.REPORTER})
    public EvaluationPage listEvaluations(@Valid @BeanParam PageParams page,
            @QueryParam("year") @Min(value = 2000, message = "年度为 2000–2100")
            @Max(value = 2100, message = "年度为 2000–2100") Integer year,
            @QueryParam("committeeId") @Min(value = 1, message = "编号从 1 开始") Long committeeId,
            @QueryParam("groupId") @Min(value = 1, message = "编号从 1 开始") Long groupId,
            @QueryParam("sectorId") @Min(value = 1, message = "编号从 1 开始") Long sectorId,
            @QueryParam("rating") @Size(max = 4, message = "等次最多给出 4 个") List<EvaluationRating> rating) {
        return queries.list(page, year, committeeId, groupId, sectorId, rating);
    }

    @GET
    @Path("{year}")
    public EvaluationYear getEvaluationYear(@Valid @BeanParam EvaluationYearParams scope) {
        return service.get(scope.year, scope.committeeId);
    }

    @POST
    @Path("{year}/compute")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE})
    public EvaluationYear computeEvaluation(@Valid @BeanParam EvaluationYearParams scope) {
        return service.compute(scope.year, scope.committeeId);
    }

    @POST
    @Path("{year}/close")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE})
    public EvaluationYear closeEvaluation(@Valid @BeanParam EvaluationYearParams scope) {
        return service.close(scope.year, scope.committeeId);
    }

    @POST
    @Path("{year}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMIN)
    public EvaluationYear reopenEvaluation(@Valid @BeanParam EvaluationYearParams scope,
            @Valid @NotNull(message = "请求体不能为空") EvaluationReopen body) {
        return service.reopen(scope.year, scope.committeeId, body.reason());
    }

    @GET
    @Path("{year}/table")
    @Produces("text/csv")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE, Role.Names.CONVENOR, Role.Names.LIAISON, Role.Names.REPORTER})
    public Response exportEvaluationTable(@Valid @BeanParam EvaluationYearParams scope) {
        EvaluationTable.Published table = service.table(scope.year, scope.committeeId);
        return Response.ok(table.csv(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"evaluation-" + table.committeeId() + "-"
                        + table.year() + ".csv\"")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder()
                        .encodeToString(HexFormat.of().parseHex(table.sha256())) + ":")
                .build();
    }

    @GET
    @Path("{year}/members/{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE, Role.Names.CONVENOR, Role.Names.LIAISON, Role.Names.MEMBER})
    public MemberEvaluation getMemberEvaluation(@Valid @BeanParam EvaluationYearParams scope,
            @PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id) {
        return queries.member(scope.year, id, scope.committeeId);
    }

    @POST
    @Path("{year}/what-if")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE})
    public EvaluationWhatIf whatIfEvaluation(@Valid @BeanParam EvaluationYearParams scope,
            @Valid @NotNull(message = "请求体不能为空") EvaluationRulesFields body) {
        return service.whatIf(scope.year, scope.committeeId, body);
    }

    @GET
    @Path("{year}/export")
    @Produces({XLSX, Export.CSV})
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE, Role.Names.CONVENOR, Role.Names.LIAISON, Role.Names.REPORTER})
    public Response exportEvaluations(@Valid @BeanParam EvaluationYearParams scope,
            @QueryParam("sort") @Pattern(regexp = "-?(score|name|memberId)",
                    message = "可用的排序：-score、score、name、-name、memberId、-memberId") String sort,
            @QueryParam("groupId") @Min(value = 1, message = "编号从 1 开始") Long groupId,
            @QueryParam("sectorId") @Min(value = 1, message = "编号从 1 开始") Long sectorId,
            @QueryParam("rating") @Size(max = 4, message = "等次最多给出 4 个") List<EvaluationRating> rating,
            @Context HttpHeaders headers) {
        EvaluationXlsx.Table table = queries.table(sort, scope.year, scope.committeeId, groupId, sectorId, rating);
        if (Export.Format.accepted(headers, Export.Format.XLSX) == Export.Format.CSV) {
            // The result table alone: a CSV file has one sheet, and the ratings' counts are the table's to sum.
            return Export.of(Export.Format.CSV, "", EvaluationExport.table(table.anonymous()), table.rows())
                    .attachment("evaluation-" + scope.year);
        }
        return Response.ok(EvaluationXlsx.table(table), XLSX)
                .header("Content-Disposition", "attachment; filename=\"evaluation-" + scope.year + ".xlsx\"").build();
    }

    @GET
    @Path("{year}/members/{id}/export")
    @Produces(XLSX)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE, Role.Names.CONVENOR, Role.Names.LIAISON, Role.Names.MEMBER})
    public Response exportMemberEvaluation(@Valid @BeanParam EvaluationYearParams scope,
            @PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id) {
        MemberEvaluation breakdown = queries.member(scope.year, id, scope.committeeId);
        return Response.ok(EvaluationXlsx.breakdown(queries.committeeName(scope.committeeId), breakdown), XLSX)
                .header("Content-Disposition", "attachment; filename=\"evaluation-" + id + "-" + scope.year + ".xlsx\"")
                .build();
    }

    @GET
    @Path("{year}/groups")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE, Role.Names.CONVENOR, Role.Names.LIAISON, Role.Names.REPORTER})
    public List<GroupEvaluation> listGroupEvaluations(@Valid @BeanParam EvaluationYearParams scope) {
        return queries.groups(scope.year, scope.committeeId);
    }

    @GET
    @Path("{year}/groups/export")
    @Produces({Export.CSV, Export.XLSX})
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE, Role.Names.CONVENOR, Role.Names.LIAISON, Role.Names.REPORTER})
    public Response exportGroupEvaluations(@Valid @BeanParam EvaluationYearParams scope, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        return exports.answer(scope.year + " 年度活动组考评", "evaluation-groups-" + scope.year, scope.committeeId,
                headers, uri, EvaluationExport.GROUPS, queries.groups(scope.year, scope.committeeId));
    }

    @GET
    @Path("{year}/inactive")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE, Role.Names.CONVENOR, Role.Names.LIAISON})
    public List<InactiveMember> listInactiveMembers(@Valid @BeanParam EvaluationYearParams scope) {
        return queries.inactive(scope.year, scope.committeeId);
    }

    @GET
    @Path("{year}/inactive/export")
    @Produces({Export.CSV, Export.XLSX})
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE, Role.Names.CONVENOR, Role.Names.LIAISON})
    public Response exportInactiveMembers(@Valid @BeanParam EvaluationYearParams scope, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        return exports.answer(scope.year + " 年度挂牌委员", "inactive-members-" + scope.year, scope.committeeId,
                headers, uri, EvaluationExport.INACTIVE, queries.inactive(scope.year, scope.committeeId));
    }
}
