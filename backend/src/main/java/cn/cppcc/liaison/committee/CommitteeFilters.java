package cn.cppcc.liaison.committee;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** The filters the 政协列表 and its export share, so a file holds what the list holds. */
public class CommitteeFilters {

    @QueryParam("parentId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long parentId;

    @QueryParam("q")
    @Size(max = 50, message = "搜索词最多 50 个字")
    public String q;
}
