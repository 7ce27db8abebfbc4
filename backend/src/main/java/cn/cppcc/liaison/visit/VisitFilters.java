package cn.cppcc.liaison.visit;

import cn.cppcc.liaison.kernel.ParticipantFilters;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;

/** The filters the 接待走访列表 and its export share, so a file holds what the list holds. */
public class VisitFilters extends ParticipantFilters {

    @QueryParam("committeeId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long committeeId;

    @QueryParam("kind")
    public VisitKind kind;

    @QueryParam("townshipId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long townshipId;

    @QueryParam("studioId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long studioId;

    @QueryParam("platformId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long platformId;

    @QueryParam("from")
    public LocalDate from;

    @QueryParam("to")
    public LocalDate to;
}
