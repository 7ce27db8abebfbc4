package cn.cppcc.liaison.duty;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a duty month came to: DONE with what was done and the visits made in it, or MISSED with the
 * reason; SCHEDULED undoes an earlier record (the office only).
 */
public record DutyTurnRecord(
        @NotNull(message = "请选择结果：DONE 已履职或 MISSED 未履职") DutyTurnStatus outcome,
        Boolean policyExplained,
        @Min(value = 0, message = "不能为负") @Max(value = 10000, message = "不能超过 10000") Integer opinionsCollected,
        @Min(value = 0, message = "不能为负") @Max(value = 1000, message = "不能超过 1000") Integer eventsHeld,
        @Min(value = 0, message = "不能为负") @Max(value = 100000, message = "不能超过 100000") Integer peopleReached,
        @Size(max = 2000, message = "最多 2000 个字") String note,
        @Size(max = 500, message = "最多 500 个字") String missedReason,
        @Size(max = 50, message = "最多关联 50 次接待走访") List<@NotNull(message = "编号不能为空")
                @Min(value = 1, message = "编号从 1 开始") Long> visitIds) {
}
