package cn.cppcc.liaison.duty;

import cn.cppcc.liaison.kernel.ParticipantFilters;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;

/** The filters the 轮值列表 and its export share, so a file holds what the list holds. */
public class DutyTurnFilters extends ParticipantFilters {

    @QueryParam("committeeId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long committeeId;

    @QueryParam("platformId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long platformId;

    @QueryParam("year")
    @Min(value = 2000, message = "年份不早于 2000")
    @Max(value = 2100, message = "年份不晚于 2100")
    public Integer year;

    @QueryParam("month")
    @Min(value = 1, message = "月份为 1–12")
    @Max(value = 12, message = "月份为 1–12")
    public Integer month;

    @QueryParam("status")
    public DutyTurnStatus status;

    @QueryParam("overdue")
    public Boolean overdue;

    @QueryParam("figure")
    public DutyTurnFigure figure;

    @QueryParam("from")
    public LocalDate from;

    @QueryParam("to")
    public LocalDate to;
}
