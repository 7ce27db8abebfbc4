package cn.cppcc.liaison.consultation;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;

/** The filters the 协商成果列表 and its export share, so a file holds what the list holds. */
public class OutcomeFilters {

    @QueryParam("committeeId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long committeeId;

    @QueryParam("consultationId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long consultationId;

    @QueryParam("status")
    public OutcomeStatus status;

    @QueryParam("overdue")
    public Boolean overdue;

    @QueryParam("q")
    @Size(min = 1, max = 50, message = "搜索词为 1–50 个字")
    public String q;

    @QueryParam("figure")
    public OutcomeFigure figure;

    @QueryParam("from")
    public LocalDate from;

    @QueryParam("to")
    public LocalDate to;
}
