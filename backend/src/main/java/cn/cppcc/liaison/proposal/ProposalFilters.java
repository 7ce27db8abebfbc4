package cn.cppcc.liaison.proposal;

import cn.cppcc.liaison.kernel.ParticipantFilters;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;

/** The filters the 提案列表 and its export share, so a file holds what the list holds. */
public class ProposalFilters extends ParticipantFilters {

    @QueryParam("committeeId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long committeeId;

    @QueryParam("status")
    public ProposalStatus status;

    @QueryParam("category")
    public ProposalCategory category;

    @QueryParam("year")
    @Min(value = 1949, message = "年份不能早于 1949")
    @Max(value = 2100, message = "年份不能晚于 2100")
    public Integer year;

    @QueryParam("from")
    public LocalDate from;

    @QueryParam("to")
    public LocalDate to;

    @QueryParam("q")
    @Size(max = 50, message = "搜索词最多 50 个字")
    public String q;

    @QueryParam("figure")
    public ProposalFigure figure;
}
