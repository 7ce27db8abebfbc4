package cn.cppcc.liaison.report;

import cn.cppcc.liaison.kernel.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;

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
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("year") @Min(value = 2000, message = "年度为 2000–2100")
            @Max(value = 2100, message = "年度为 2000–2100") Integer year,
            @QueryParam("quarter") @Min(value = 1, message = "季度为 1–4") @Max(value = 4, message = "季度为 1–4")
            Integer quarter,
            @QueryParam("month") @Min(value = 1, message = "月份为 1–12") @Max(value = 12, message = "月份为 1–12")
            Integer month) {
        return service.summary(committeeId, from, to, year, quarter, month);
    }

    @GET
    @Path("breakdown")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE, Role.Names.CONVENOR, Role.Names.LIAISON, Role.Names.REPORTER})
    public ReportBreakdown getReportBreakdown(
            @QueryParam("committeeId") @Min(value = 1, message = "编号从 1 开始") Long committeeId,
            @QueryParam("by") ReportDimension by,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("year") @Min(value = 2000, message = "年度为 2000–2100")
            @Max(value = 2100, message = "年度为 2000–2100") Integer year,
            @QueryParam("quarter") @Min(value = 1, message = "季度为 1–4") @Max(value = 4, message = "季度为 1–4")
            Integer quarter,
            @QueryParam("month") @Min(value = 1, message = "月份为 1–12") @Max(value = 12, message = "月份为 1–12")
            Integer month) {
        return service.breakdown(committeeId, by, from, to, year, quarter, month);
    }
}
