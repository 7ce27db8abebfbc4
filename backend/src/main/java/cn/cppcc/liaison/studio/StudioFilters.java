package cn.cppcc.liaison.studio;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;

/** The filters the 委员工作室列表 and its export share, so a file holds what the list holds. */
public class StudioFilters {

    @QueryParam("committeeId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long committeeId;

    @QueryParam("townshipId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long townshipId;

    @QueryParam("mode")
    public StudioMode mode;

    @QueryParam("memberId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long memberId;

    @QueryParam("q")
    @Size(max = 50, message = "搜索词最多 50 个字")
    public String q;

    @QueryParam("activeFrom")
    public LocalDate activeFrom;

    @QueryParam("activeTo")
    public LocalDate activeTo;
}
