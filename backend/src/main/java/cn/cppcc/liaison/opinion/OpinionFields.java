package cn.cppcc.liaison.opinion;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** What a client may write about an opinion; its state moves only through transitions. */
public record OpinionFields(
        @NotNull(message = "所属政协不能为空") @Min(value = 1, message = "政协编号无效") Long committeeId,
        @NotBlank(message = "标题不能为空") @Size(max = 100, message = "标题最多 100 个字") String title,
        @NotBlank(message = "内容不能为空") @Size(max = 4000, message = "内容最多 4000 个字") String content,
        @NotNull(message = "类别不能为空") @Min(value = 1, message = "类别编号无效") Long categoryId,
        @NotNull(message = "收集日期不能为空") LocalDate collectedOn,
        @NotNull(message = "乡镇（街道）不能为空") @Min(value = 1, message = "乡镇（街道）编号无效") Long townshipId,
        @Min(value = 1, message = "村（社区）编号无效") Long villageId,
        @NotNull(message = "来源不能为空（VISIT 接待走访、DUTY_TURN 轮值、STUDIO 委员工作室、ONLINE 网上征集、OTHER 其他）")
        OpinionSource source,
        @Min(value = 1, message = "接待走访编号无效") Long visitId,
        @Min(value = 1, message = "轮值编号无效") Long dutyTurnId,
        @Min(value = 1, message = "委员工作室编号无效") Long studioId,
        @NotEmpty(message = "至少要有一位提交的委员") @Size(max = 20, message = "提交的委员最多 20 位")
        List<@NotNull(message = "委员编号不能为空") @Min(value = 1, message = "委员编号无效") Long> memberIds,
        @Size(max = 50, message = "反映人姓名最多 50 个字") String raisedByName,
        @Size(max = 20, message = "反映人电话最多 20 位")
        @Pattern(regexp = "[0-9+\\- ]{5,20}", message = "反映人电话只能含数字、空格、+ 和 -，5–20 位") String raisedByPhone,
        Boolean submit) {
}
