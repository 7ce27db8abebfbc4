package cn.cppcc.liaison.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What the office writes about an award (表彰). */
public record AwardFields(
        @NotNull(message = "所属政协不能为空") @Min(value = 1, message = "政协编号无效") Long committeeId,
        @NotNull(message = "委员不能为空") @Min(value = 1, message = "委员编号无效") Long memberId,
        @NotNull(message = "年度不能为空") @Min(value = 2000, message = "年度为 2000–2100")
        @Max(value = 2100, message = "年度为 2000–2100") Integer year,
        @NotBlank(message = "表彰名称不能为空") @Size(max = 100, message = "表彰名称最多 100 个字") String title,
        @NotNull(message = "颁发日期不能为空") LocalDate awardedOn,
        @Size(max = 500, message = "说明最多 500 个字") String note) {
}
