package cn.cppcc.liaison.evaluation;

import jakarta.validation.constraints.NotNull;

/** Where a year's rules start from: a template or last year's. */
public record EvaluationRulesStart(
        @NotNull(message = "请选择从何开始：TIELI 铁力模板、YUETANG 岳塘模板或 PREVIOUS_YEAR 上一年的细则")
        EvaluationRulesService.Start from) {
}
