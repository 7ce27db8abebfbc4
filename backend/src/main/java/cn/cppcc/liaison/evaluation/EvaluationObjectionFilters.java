package cn.cppcc.liaison.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;

/** The filters the 考评申诉列表 and its export share, so a file holds what the list holds. */
public class EvaluationObjectionFilters {

    @QueryParam("year")
    @Min(value = 2000, message = "年度为 2000–2100")
    @Max(value = 2100, message = "年度为 2000–2100")
    public Integer year;

    @QueryParam("committeeId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long committeeId;

    @QueryParam("status")
    public EvaluationObjectionStatus status;

    @QueryParam("memberId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long memberId;
}
