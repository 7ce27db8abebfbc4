package cn.cppcc.liaison.proposal;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** One step of a proposal's handling and what it needs; which fields a step takes is checked by the service. */
public record ProposalStatusChange(
        @NotNull(message = "新状态不能为空（ACCEPTED 立案、NOT_ACCEPTED 不予立案、ANSWERED 已答复、CLOSED 已办结）")
        ProposalStatus status,
        @Size(max = 500, message = "不予立案的理由最多 500 个字") String reason,
        @Size(max = 50, message = "案号最多 50 个字") String caseNumber,
        @Size(max = 100, message = "承办单位最多 100 个字") String handlingUnit,
        LocalDate answeredOn,
        @Size(max = 2000, message = "答复摘要最多 2000 个字") String answer) {
}
