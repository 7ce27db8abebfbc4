package cn.cppcc.liaison.village;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a client may write about a village or community. */
public record VillageFields(
        @NotNull(message = "所属乡镇（街道）不能为空") @Min(value = 1, message = "乡镇（街道）编号无效") Long townshipId,
        @NotBlank(message = "名称不能为空") @Size(max = 50, message = "名称最多 50 个字") String name,
        @NotNull(message = "类型不能为空（VILLAGE 村、COMMUNITY 社区）") VillageKind kind) {
}
