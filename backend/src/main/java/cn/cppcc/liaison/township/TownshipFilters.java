package cn.cppcc.liaison.township;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** The filters the 乡镇（街道）列表 and its export share, so a file holds what the list holds. */
public class TownshipFilters {

    @QueryParam("committeeId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long committeeId;

    @QueryParam("kind")
    public TownshipKind kind;

    @QueryParam("q")
    @Size(max = 50, message = "搜索词最多 50 个字")
    public String q;
}
