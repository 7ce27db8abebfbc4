package cn.cppcc.liaison.visit;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** What a client may write about a visit; who recorded it is the signed-in caller. */
public record VisitFields(
        @NotNull(message = "所属政协不能为空") @Min(value = 1, message = "政协编号无效") Long committeeId,
        @NotNull(message = "类型不能为空（RECEPTION_DAY 接待日、HOUSEHOLD 下户走访、INSPECTION 视察、PUBLIC_TALK 民情恳谈会）")
        VisitKind kind,
        @NotNull(message = "日期不能为空") LocalDate date,
        @NotNull(message = "开始时间不能为空") @JsonFormat(pattern = "HH:mm") LocalTime startTime,
        @NotNull(message = "结束时间不能为空") @JsonFormat(pattern = "HH:mm") LocalTime endTime,
        @NotNull(message = "乡镇（街道）不能为空") @Min(value = 1, message = "乡镇（街道）编号无效") Long townshipId,
        @Min(value = 1, message = "村（社区）编号无效") Long villageId,
        @Min(value = 1, message = "委员工作室编号无效") Long studioId,
        @Min(value = 1, message = "联系平台编号无效") Long platformId,
        @NotEmpty(message = "至少要有一位参加的委员") @Size(max = 100, message = "参加的委员最多 100 位")
        List<@NotNull(message = "委员编号不能为空") @Min(value = 1, message = "委员编号无效") Long> memberIds,
        @NotNull(message = "接待（走访）人次不能为空") @Min(value = 0, message = "人次不能为负")
        @Max(value = 100_000, message = "人次不能超过 100000") Integer peopleReceived,
        @NotBlank(message = "主题不能为空") @Size(max = 200, message = "主题最多 200 个字") String topic,
        @Size(max = 4000, message = "记录最多 4000 个字") String notes) {
}
