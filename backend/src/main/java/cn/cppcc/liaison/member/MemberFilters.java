package cn.cppcc.liaison.member;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;

/** The filters the 委员名单 and its export share, so a file holds what the list holds. */
public class MemberFilters {

    @QueryParam("committeeId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long committeeId;

    @QueryParam("sectorId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long sectorId;

    @QueryParam("groupId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long groupId;

    @QueryParam("townshipId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long townshipId;

    @QueryParam("status")
    public MemberStatus status;

    @QueryParam("q")
    @Size(max = 50, message = "搜索词最多 50 个字")
    public String q;

    @QueryParam("idleFrom")
    public LocalDate idleFrom;

    @QueryParam("idleTo")
    public LocalDate idleTo;
}
