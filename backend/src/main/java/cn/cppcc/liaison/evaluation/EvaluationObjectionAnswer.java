package cn.cppcc.liaison.evaluation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The office's answer to an objection; which fields a decision takes is checked by the service. */
public record EvaluationObjectionAnswer(
        @NotNull(message = "答复不能为空（UPHOLD 支持、REJECT 不支持）") Decision decision,
        @NotBlank(message = "答复内容不能为空") @Size(max = 500, message = "答复最多 500 个字") String answer,
        @DecimalMin(value = "-100", message = "加减分为 -100 到 100 分")
        @DecimalMax(value = "100", message = "加减分为 -100 到 100 分") BigDecimal amount) {

    public enum Decision {
        UPHOLD, REJECT
    }
}
