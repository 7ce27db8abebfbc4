package cn.cppcc.liaison.platform;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** The filters the 联系平台列表 and its export share, so a file holds what the list holds. */
public class PlatformFilters {

    @QueryParam("committeeId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long committeeId;

    @QueryParam("townshipId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long townshipId;

    @QueryParam("q")
    @Size(max = 50, message = "搜索词最多 50 个字")
    public String q;
}
