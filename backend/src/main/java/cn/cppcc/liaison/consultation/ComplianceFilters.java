package cn.cppcc.liaison.consultation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.QueryParam;

/** What 一季一协商落实情况 and its export are asked for: a year or one of its quarters, and which platforms. */
public class ComplianceFilters {

    @QueryParam("year")
    @NotNull(message = "须给出年份")
    @Min(value = 2000, message = "年份为 2000–2100")
    @Max(value = 2100, message = "年份为 2000–2100")
    public Integer year;

    @QueryParam("quarter")
    @Min(value = 1, message = "季度为 1–4")
    @Max(value = 4, message = "季度为 1–4")
    public Integer quarter;

    @QueryParam("committeeId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long committeeId;

    @QueryParam("townshipId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long townshipId;

    @QueryParam("gapsOnly")
    public Boolean gapsOnly;
}
