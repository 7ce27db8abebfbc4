package cn.cppcc.liaison.evaluation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** What the office writes about an adjustment (加减分): whose, which year, how much and why. */
public record EvaluationAdjustmentFields(
        @NotNull(message = "委员不能为空") @Min(value = 1, message = "委员编号无效") Long memberId,
        @NotNull(message = "年度不能为空") @Min(value = 2000, message = "年度为 2000–2100")
        @Max(value = 2100, message = "年度为 2000–2100") Integer year,
        @NotNull(message = "加减分不能为空")
        @DecimalMin(value = "-100", message = "加减分为 -100 到 100 分")
        @DecimalMax(value = "100", message = "加减分为 -100 到 100 分") BigDecimal amount,
        @NotBlank(message = "原因不能为空") @Size(max = 500, message = "原因最多 500 个字") String reason) {
}
