package cn.cppcc.liaison.proposal;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** What a client may write about a proposal; its status changes through {@code POST /proposals/{id}/status}. */
public record ProposalFields(
        @NotNull(message = "所属政协不能为空") @Min(value = 1, message = "政协编号无效") Long committeeId,
        @NotBlank(message = "案由（标题）不能为空") @Size(max = 200, message = "案由最多 200 个字") String title,
        @NotNull(message = "类别不能为空（ECONOMY 经济建设、POLITICS 政治建设、CULTURE 文化建设、SOCIETY 社会建设、ECOLOGY 生态文明建设、OTHER 其他）")
        ProposalCategory category,
        @NotNull(message = "提交日期不能为空") LocalDate filedOn,
        @NotNull(message = "领衔委员不能为空") @Min(value = 1, message = "委员编号无效") Long leadMemberId,
        @Size(max = 50, message = "联名委员最多 50 位")
        List<@NotNull(message = "委员编号不能为空") @Min(value = 1, message = "委员编号无效") Long> coSignerIds,
        @Size(max = 50, message = "案号最多 50 个字") String caseNumber,
        @Size(max = 100, message = "承办单位最多 100 个字") String handlingUnit) {
}
