package cn.cppcc.liaison.consultation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** What a client may write about an outcome; its state moves through transitions. */
public record OutcomeFields(
        @Min(value = 1, message = "编号从 1 开始") @Max(value = 1000, message = "编号最大为 1000") Integer number,
        @NotBlank(message = "成果内容不能为空") @Size(max = 1000, message = "成果内容最多 1000 个字") String text,
        @Size(max = 100, message = "责任单位最多 100 个字") String responsibleUnit,
        LocalDate dueDate,
        @Size(max = 100, message = "社情民意最多 100 条")
        List<@NotNull(message = "社情民意编号不能为空") @Min(value = 1, message = "社情民意编号无效") Long> opinionIds) {
}
