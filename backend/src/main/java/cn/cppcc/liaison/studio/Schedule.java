package cn.cppcc.liaison.studio;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * When a studio receives the public: ISO weekdays (1 = Monday … 7 = Sunday) and/or days of the month, with a note
 * for what the days cannot say (每周二上午、每月1日和15日).
 */
public record Schedule(
        @Size(max = 7, message = "星期最多 7 个")
        List<@NotNull(message = "星期不能为空") @Min(value = 1, message = "星期为 1（周一）至 7（周日）")
                @Max(value = 7, message = "星期为 1（周一）至 7（周日）") Integer> weekdays,
        @Size(max = 31, message = "日期最多 31 个")
        List<@NotNull(message = "日期不能为空") @Min(value = 1, message = "每月的日期为 1 至 31")
                @Max(value = 31, message = "每月的日期为 1 至 31") Integer> monthDays,
        @Size(max = 200, message = "接待时间说明最多 200 个字") String note) {
}
