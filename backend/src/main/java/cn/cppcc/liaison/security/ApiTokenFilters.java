package cn.cppcc.liaison.security;

import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;

/** The filters the API token list and its export share, so a file holds what the list holds. */
public class ApiTokenFilters {

    @QueryParam("committeeId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long committeeId;

    @QueryParam("status")
    public ApiTokenStatus status;
}
