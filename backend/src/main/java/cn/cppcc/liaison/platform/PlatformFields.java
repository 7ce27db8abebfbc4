package cn.cppcc.liaison.platform;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a client may write about a platform. */
public record PlatformFields(
        @NotNull(message = "所属政协不能为空") @Min(value = 1, message = "政协编号无效") Long committeeId,
        @NotNull(message = "所在乡镇（街道）不能为空") @Min(value = 1, message = "乡镇（街道）编号无效") Long townshipId,
        @NotBlank(message = "名称不能为空") @Size(max = 100, message = "名称最多 100 个字") String name,
        @Size(max = 200, message = "地址最多 200 个字") String address,
        @Size(max = 2000, message = "简介最多 2000 个字") String description) {
}
