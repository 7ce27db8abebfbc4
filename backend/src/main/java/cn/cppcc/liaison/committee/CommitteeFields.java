package cn.cppcc.liaison.committee;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a client may write about a committee. */
public record CommitteeFields(
        @NotBlank(message = "名称不能为空") @Size(max = 100, message = "名称最多 100 个字") String name,
        @NotBlank(message = "地区不能为空") @Size(max = 50, message = "地区最多 50 个字") String region,
        @NotNull(message = "届次不能为空") @Min(value = 1, message = "届次从 1 开始") @Max(value = 99, message = "届次不超过 99") Integer termNumber,
        @NotNull(message = "本届开始日期不能为空") LocalDate termStart,
        LocalDate termEnd,
        @Min(value = 1, message = "上级政协编号无效") Long parentId) {
}
