package cn.cppcc.liaison.sector;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a client may write about a sector. */
public record SectorFields(
        @NotNull(message = "所属政协不能为空") @Min(value = 1, message = "政协编号无效") Long committeeId,
        @NotBlank(message = "名称不能为空") @Size(max = 50, message = "名称最多 50 个字") String name,
        @Min(value = 0, message = "排序号不能为负") @Max(value = 9999, message = "排序号不超过 9999") Integer sortOrder) {
}
