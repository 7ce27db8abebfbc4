package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.kernel.work.WorkKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A committee's scoring rules for a year (考评细则), as data: a base score, points per kind of work with a cap,
 * how a co-signed proposal is shared, the minimum a member must do, and the rating thresholds.
 */
public record EvaluationRulesFields(
        @NotBlank(message = "细则名称不能为空") @Size(max = 100, message = "细则名称最多 100 个字") String name,
        @NotNull(message = "基础分不能为空") @DecimalMin(value = "0", message = "基础分不能为负")
        @DecimalMax(value = "1000", message = "基础分不能超过 1000") BigDecimal baseScore,
        @DecimalMin(value = "0", message = "满分不能为负") @DecimalMax(value = "10000", message = "满分不能超过 10000")
        BigDecimal maxScore,
        @NotNull(message = "各类分值不能为空（可为空列表）") @Size(max = 30, message = "分值最多 30 项")
        List<@NotNull(message = "分值项不能为空") @Valid Item> items,
        @Min(value = 0, message = "领衔人所占百分比为 0–100") @Max(value = 100, message = "领衔人所占百分比为 0–100")
        Integer proposalLeadShare,
        @NotNull(message = "最低要求不能为空（可为空列表）") @Size(max = 20, message = "最低要求最多 20 项")
        List<@NotNull(message = "最低要求项不能为空") @Valid Minimum> minimum,
        EvaluationRating belowMinimumRating,
        @NotNull(message = "等次分数线不能为空") @Valid Thresholds ratings) {

    /** Points for each piece of work of a kind (negative: a deduction), the kind's total held within {@code cap}. */
    public record Item(
            @NotNull(message = "类别不能为空") EvaluationItemKind kind,
            @NotNull(message = "分值不能为空") @DecimalMin(value = "-1000", message = "分值不能小于 -1000")
            @DecimalMax(value = "1000", message = "分值不能超过 1000") BigDecimal points,
            @Min(value = 1, message = "人次基数至少为 1") @Max(value = 100_000, message = "人次基数不能超过 100000")
            Integer per,
            @DecimalMin(value = "0", message = "封顶不能为负") @DecimalMax(value = "1000", message = "封顶不能超过 1000")
            BigDecimal cap) {
    }

    /** At least {@code count} pieces of work of a kind a year, prorated by the months a member was in office. */
    public record Minimum(
            @NotNull(message = "类别不能为空") WorkKind kind,
            @NotNull(message = "项数不能为空") @Min(value = 1, message = "项数至少为 1")
            @Max(value = 1000, message = "项数不能超过 1000") Integer count) {
    }

    /** The lowest score of each rating; below {@code basic} is 不称职. */
    public record Thresholds(
            @NotNull(message = "优秀分数线不能为空") @DecimalMin(value = "0", message = "分数线不能为负")
            @DecimalMax(value = "10000", message = "分数线不能超过 10000") BigDecimal excellent,
            @NotNull(message = "称职分数线不能为空") @DecimalMin(value = "0", message = "分数线不能为负")
            @DecimalMax(value = "10000", message = "分数线不能超过 10000") BigDecimal competent,
            @NotNull(message = "基本称职分数线不能为空") @DecimalMin(value = "0", message = "分数线不能为负")
            @DecimalMax(value = "10000", message = "分数线不能超过 10000") BigDecimal basic) {

        EvaluationRating rate(BigDecimal score) {
            if (score.compareTo(excellent) >= 0) {
                return EvaluationRating.EXCELLENT;
            }
            if (score.compareTo(competent) >= 0) {
                return EvaluationRating.COMPETENT;
            }
            return score.compareTo(basic) >= 0 ? EvaluationRating.BASICALLY_COMPETENT : EvaluationRating.INCOMPETENT;
        }
    }

    /** The rule for a kind, or null when the kind scores nothing. */
    Item rule(EvaluationItemKind kind) {
        return items.stream().filter(i -> i.kind() == kind).findFirst().orElse(null);
    }
}
