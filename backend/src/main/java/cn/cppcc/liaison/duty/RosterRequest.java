package cn.cppcc.liaison.duty;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Plan a platform's duty roster for a year; {@code save} stores it, otherwise it is only a preview. */
public record RosterRequest(
        @NotNull(message = "请选择联系平台") @Min(value = 1, message = "编号从 1 开始") Long platformId,
        @NotNull(message = "请给出年份") @Min(value = 2000, message = "年份不早于 2000") @Max(value = 2100,
                message = "年份不晚于 2100") Integer year,
        Boolean save) {
}
