package cn.cppcc.liaison.opinion;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** One action on an opinion and what it needs; which fields an action requires is checked by the service. */
public record OpinionTransitionRequest(
        @NotNull(message = "操作不能为空（SUBMIT、ACCEPT、REJECT、ASSIGN、START、PROGRESS、RESOLVE、CLOSE、REOPEN、MERGE、FORWARD、ADOPT）")
        OpinionAction action,
        @Size(max = 2000, message = "说明最多 2000 个字") String note,
        @Size(max = 500, message = "理由最多 500 个字") String reason,
        @Size(max = 100, message = "承办单位最多 100 个字") String assignedUnit,
        LocalDate dueDate,
        @Size(max = 2000, message = "办理结果最多 2000 个字") String resolution,
        LocalDate resolvedOn,
        OpinionFeedback feedback,
        @Min(value = 1, message = "社情民意编号无效") Long mergeIntoId,
        @Size(max = 2000, message = "批示最多 2000 个字") String instruction) {
}
