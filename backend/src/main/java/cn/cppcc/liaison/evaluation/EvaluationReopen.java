package cn.cppcc.liaison.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a closed year is reopened. */
public record EvaluationReopen(
        @NotBlank(message = "请说明重新打开的原因") @Size(max = 500, message = "原因最多 500 个字") String reason) {
}
