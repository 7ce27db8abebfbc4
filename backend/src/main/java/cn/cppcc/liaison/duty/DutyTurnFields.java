package cn.cppcc.liaison.duty;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;

/** A turn the office schedules or reassigns by hand: which member, at which platform, in which month. */
public record DutyTurnFields(
        @NotNull(message = "请选择联系平台") @Min(value = 1, message = "编号从 1 开始") Long platformId,
        @NotNull(message = "请选择委员") @Min(value = 1, message = "编号从 1 开始") Long memberId,
        @NotNull(message = "请给出轮值月份") YearMonth month) {
}
