package cn.cppcc.liaison.activity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** What a client may write about an activity; who recorded it is the signed-in caller. */
public record ActivityFields(
        @NotNull(message = "所属政协不能为空") @Min(value = 1, message = "政协编号无效") Long committeeId,
        @NotNull(message = "类型不能为空（RESEARCH 调研报告、TRAINING 培训、VOLUNTEER 志愿服务、SCHOOL_READING 进校园读书、BUSINESS_FORUM 企业家座谈、OTHER 其他）")
        ActivityKind kind,
        @NotNull(message = "日期不能为空") LocalDate date,
        @NotBlank(message = "名称不能为空") @Size(max = 200, message = "名称最多 200 个字") String title,
        @NotEmpty(message = "至少要有一位参加的委员") @Size(max = 100, message = "参加的委员最多 100 位")
        List<@NotNull(message = "委员编号不能为空") @Min(value = 1, message = "委员编号无效") Long> memberIds,
        @Size(max = 4000, message = "内容最多 4000 个字") String description,
        @NotNull(message = "服务（覆盖）人次不能为空") @Min(value = 0, message = "人次不能为负")
        @Max(value = 100_000, message = "人次不能超过 100000") Integer peopleReached) {
}
