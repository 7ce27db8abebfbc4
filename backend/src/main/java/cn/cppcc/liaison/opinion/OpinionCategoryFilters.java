package cn.cppcc.liaison.opinion;

import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;

/** The filters the 社情民意类别列表 and its export share, so a file holds what the list holds. */
public class OpinionCategoryFilters {

    @QueryParam("committeeId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long committeeId;
}
