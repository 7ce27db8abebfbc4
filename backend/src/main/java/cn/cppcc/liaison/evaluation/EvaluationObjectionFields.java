package cn.cppcc.liaison.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a member writes when objecting to their breakdown: the year, the item and why. */
public record EvaluationObjectionFields(
        @NotNull(message = "年度不能为空") @Min(value = 2000, message = "年度为 2000–2100")
        @Max(value = 2100, message = "年度为 2000–2100") Integer year,
        @NotNull(message = "请指明对明细的哪一项有异议") EvaluationObjectionItem item,
        @NotBlank(message = "理由不能为空") @Size(max = 500, message = "理由最多 500 个字") String reason) {
}
