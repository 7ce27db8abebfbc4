package cn.cppcc.liaison.consultation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** What a client may write about a consultation. */
public record ConsultationFields(
        @NotNull(message = "所属政协不能为空") @Min(value = 1, message = "政协编号无效") Long committeeId,
        @NotNull(message = "类型不能为空（QUARTERLY 季度协商、INVITED 请你来协商、PUBLIC_TALK 民情恳谈、GRASSROOTS 基层协商）")
        ConsultationKind kind,
        @NotNull(message = "日期不能为空") LocalDate date,
        @NotNull(message = "乡镇（街道）不能为空") @Min(value = 1, message = "乡镇（街道）编号无效") Long townshipId,
        @Min(value = 1, message = "联系平台编号无效") Long platformId,
        @Min(value = 1, message = "委员工作室编号无效") Long studioId,
        @NotBlank(message = "议题不能为空") @Size(max = 200, message = "议题最多 200 个字") String topic,
        @Size(max = 4000, message = "纪要最多 4000 个字") String summary,
        @Size(max = 100, message = "社情民意最多 100 条")
        List<@NotNull(message = "社情民意编号不能为空") @Min(value = 1, message = "社情民意编号无效") Long> opinionIds,
        @NotNull(message = "受邀委员不能为空（可以是空列表）") @Size(max = 200, message = "受邀委员最多 200 位")
        List<@Valid @NotNull(message = "受邀委员不能为空") Invitee> members,
        @Size(max = 200, message = "列席人员最多 200 位") List<@Valid @NotNull(message = "列席人员不能为空") Guest> guests) {

    /** An invited member and whether they came. */
    public record Invitee(
            @NotNull(message = "委员编号不能为空") @Min(value = 1, message = "委员编号无效") Long memberId,
            @NotNull(message = "出席情况不能为空（PRESENT 出席、EXCUSED 请假、ABSENT 缺席）") Attendance attendance) {
    }
}
