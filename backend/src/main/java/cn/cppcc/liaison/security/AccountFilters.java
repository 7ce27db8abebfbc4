package cn.cppcc.liaison.security;

import cn.cppcc.liaison.kernel.Role;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** The filters the 账号列表 and its export share, so a file holds what the list holds. */
public class AccountFilters {

    @QueryParam("role")
    public Role role;

    @QueryParam("committeeId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long committeeId;

    @QueryParam("enabled")
    public Boolean enabled;

    @QueryParam("q")
    @Size(max = 50, message = "搜索词最多 50 个字")
    public String q;
}
