package cn.cppcc.liaison.opinion;

import cn.cppcc.liaison.kernel.ParticipantFilters;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;

/** The filters the opinion list, its summary and its export share, so a figure and its list read alike. */
public class OpinionFilters extends ParticipantFilters {

    @QueryParam("committeeId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long committeeId;

    @QueryParam("status")
    public List<OpinionStatus> status;

    @QueryParam("categoryId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long categoryId;

    @QueryParam("townshipId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long townshipId;

    @QueryParam("villageId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long villageId;

    @QueryParam("source")
    public OpinionSource source;

    @QueryParam("visitId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long visitId;

    @QueryParam("dutyTurnId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long dutyTurnId;

    @QueryParam("forwardedToId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long forwardedToId;

    @QueryParam("from")
    public LocalDate from;

    @QueryParam("to")
    public LocalDate to;

    @QueryParam("overdue")
    public Boolean overdue;

    @QueryParam("solved")
    public Boolean solved;

    @QueryParam("q")
    @Size(min = 1, max = 50, message = "搜索词为 1–50 个字")
    public String q;

    OpinionService.Criteria criteria(OpinionFigure figure) {
        return new OpinionService.Criteria(committeeId, status, categoryId, townshipId, villageId,
                participants(), source, visitId, dutyTurnId, forwardedToId, from, to,
                overdue, solved, q, figure);
    }
}
