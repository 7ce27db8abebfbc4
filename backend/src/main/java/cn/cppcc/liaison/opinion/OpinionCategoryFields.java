package cn.cppcc.liaison.opinion;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record OpinionCategoryFields(
        @NotNull(message = "所属政协不能为空") @Min(value = 1, message = "政协编号无效") Long committeeId,
        @NotBlank(message = "名称不能为空") @Size(max = 20, message = "名称最多 20 个字") String name,
        @Min(value = 0, message = "排序号不能为负") @Max(value = 1000, message = "排序号最大为 1000") Integer sortOrder) {
}
