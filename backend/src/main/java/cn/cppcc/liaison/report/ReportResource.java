package cn.cppcc.liaison.report;

import cn.cppcc.liaison.kernel.Export;
import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The figures leaders report, for the office, the groups' convenors and liaisons and reporting scripts. */
@Authenticated
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    ReportService service;

    @GET
    @Path("summary")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE, Role.Names.CONVENOR, Role.Names.LIAISON, Role.Names.REPORTER})
    public ReportSummary getReportSummary(
            @QueryParam("committeeId") @Min(value = 1, message = "编号从 1 开始") Long committeeId,
            @QueryParam("scope") ReportScope scope, @Valid @BeanParam ReportPeriodParams period) {
        return service.summary(committeeId, scope, period);
    }

    @GET
    @Path("breakdown")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE, Role.Names.CONVENOR, Role.Names.LIAISON, Role.Names.REPORTER})
    public ReportBreakdown getReportBreakdown(
            @QueryParam("committeeId") @Min(value = 1, message = "编号从 1 开始") Long committeeId,
            @QueryParam("by") ReportDimension by, @Valid @BeanParam ReportPeriodParams period,
            @QueryParam("page") @Min(value = 1, message = "页码从 1 开始") @Max(value = 100_000, message = "页码不能超过 100000")
            Integer page,
            @QueryParam("size") @Min(value = 1, message = "每页行数至少为 1")
            @Max(value = PageParams.MAX_SIZE, message = "每页行数不能超过 200") Integer size) {
        return service.breakdown(committeeId, by, period, page, size);
    }

    @GET
    @Path("summary/export")
    @Produces({Export.CSV, Export.XLSX})
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE, Role.Names.CONVENOR, Role.Names.LIAISON, Role.Names.REPORTER})
    public Response exportReportSummary(
            @QueryParam("committeeId") @Min(value = 1, message = "编号从 1 开始") Long committeeId,
            @QueryParam("scope") ReportScope scope, @Valid @BeanParam ReportPeriodParams period,
            @Context HttpHeaders headers) {
        ReportSummary summary = service.summary(committeeId, scope, period);
        return ReportExport.summary(summary, Export.Format.accepted(headers))
                .attachment("report-" + summary.committeeId() + "-" + summary.period().from() + "-"
                        + summary.period().to());
    }

    /** A breakdown's every row, by member too (whose JSON comes a page at a time). */
    @GET
    @Path("breakdown/export")
    @Produces({Export.CSV, Export.XLSX})
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE, Role.Names.CONVENOR, Role.Names.LIAISON, Role.Names.REPORTER})
    public Response exportReportBreakdown(
            @QueryParam("committeeId") @Min(value = 1, message = "编号从 1 开始") Long committeeId,
            @QueryParam("by") ReportDimension by, @Valid @BeanParam ReportPeriodParams period,
            @Context HttpHeaders headers) {
        ReportBreakdown breakdown = service.breakdown(committeeId, by, period,
                by == ReportDimension.MEMBER ? 1 : null, by == ReportDimension.MEMBER ? Integer.MAX_VALUE : null);
        return ReportExport.breakdown(breakdown, Export.Format.accepted(headers)).attachment("report-"
                + breakdown.committeeId() + "-" + by.name().toLowerCase() + "-" + breakdown.period().from() + "-"
                + breakdown.period().to());
    }
}
