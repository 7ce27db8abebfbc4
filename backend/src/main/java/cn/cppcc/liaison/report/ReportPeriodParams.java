package cn.cppcc.liaison.report;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;

/** A report's period as a query string gives it: from–to, a year with its quarter or month, or a preset. */
public class ReportPeriodParams {

    @QueryParam("from")
    public LocalDate from;

    @QueryParam("to")
    public LocalDate to;

    @QueryParam("year")
    @Min(value = 2000, message = "年度为 2000–2100")
    @Max(value = 2100, message = "年度为 2000–2100")
    public Integer year;

    @QueryParam("quarter")
    @Min(value = 1, message = "季度为 1–4")
    @Max(value = 4, message = "季度为 1–4")
    public Integer quarter;

    /** This or last month, quarter or year by the office's today; alone, without the others. */
    @QueryParam("preset")
    public ReportPreset preset;

    @QueryParam("month")
    @Min(value = 1, message = "月份为 1–12")
    @Max(value = 12, message = "月份为 1–12")
    public Integer month;
}
