package cn.cppcc.liaison.duty;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Two scheduled turns whose members trade places. */
public record DutyTurnSwap(
        @NotNull(message = "请选择第一个轮值") @Min(value = 1, message = "编号从 1 开始") Long firstId,
        @NotNull(message = "请选择第二个轮值") @Min(value = 1, message = "编号从 1 开始") Long secondId) {
}
