package cn.cppcc.liaison.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** What every evaluation request under {@code {year}} names: the year, and for the administrator the committee. */
public class EvaluationYearParams {

    @PathParam("year")
    @Min(value = 2000, message = "年度为 2000–2100")
    @Max(value = 2100, message = "年度为 2000–2100")
    public Integer year;

    @QueryParam("committeeId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long committeeId;
}
