package cn.cppcc.liaison.township;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a client may write about a township. */
public record TownshipFields(
        @NotNull(message = "所属政协不能为空") @Min(value = 1, message = "政协编号无效") Long committeeId,
        @NotBlank(message = "名称不能为空") @Size(max = 50, message = "名称最多 50 个字") String name,
        @NotNull(message = "类型不能为空（TOWNSHIP 乡、TOWN 镇、SUBDISTRICT 街道）") TownshipKind kind) {
}
