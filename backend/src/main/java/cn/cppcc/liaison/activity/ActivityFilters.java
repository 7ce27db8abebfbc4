package cn.cppcc.liaison.activity;

import cn.cppcc.liaison.kernel.ParticipantFilters;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;

/** The filters the 自选动作列表 and its export share, so a file holds what the list holds. */
public class ActivityFilters extends ParticipantFilters {

    @QueryParam("committeeId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long committeeId;

    @QueryParam("kind")
    public ActivityKind kind;

    @QueryParam("from")
    public LocalDate from;

    @QueryParam("to")
    public LocalDate to;
}
