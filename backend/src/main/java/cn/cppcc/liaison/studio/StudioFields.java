package cn.cppcc.liaison.studio;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What a client may write about a studio. */
public record StudioFields(
        @NotNull(message = "所属政协不能为空") @Min(value = 1, message = "政协编号无效") Long committeeId,
        @NotNull(message = "所在乡镇（街道）不能为空") @Min(value = 1, message = "乡镇（街道）编号无效") Long townshipId,
        @Min(value = 1, message = "联系平台编号无效") Long platformId,
        @NotBlank(message = "名称不能为空") @Size(max = 100, message = "名称最多 100 个字") String name,
        @NotNull(message = "接待方式不能为空（ONLINE 线上、OFFLINE 线下、BOTH 线上线下）") StudioMode mode,
        @Size(max = 200, message = "地址最多 200 个字") String address,
        @Size(max = 200, message = "线上地址最多 200 个字") String onlineAddress,
        @Valid Schedule schedule,
        @Size(max = 100, message = "驻室委员最多 100 位")
        List<@NotNull(message = "委员编号不能为空") @Min(value = 1, message = "委员编号无效") Long> residentIds,
        @Min(value = 1, message = "委员编号无效") Long leadMemberId) {
}
