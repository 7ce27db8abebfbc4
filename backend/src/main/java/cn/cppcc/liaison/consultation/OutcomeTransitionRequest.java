package cn.cppcc.liaison.consultation;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public record OutcomeTransitionRequest(
        @NotNull(message = "操作不能为空（START、PROGRESS、IMPLEMENT、DROP）") OutcomeAction action,
        LocalDate date,
        @Size(max = 1000, message = "进展最多 1000 个字") String note,
        @Size(max = 2000, message = "落实情况最多 2000 个字") String evidence,
        @Size(max = 500, message = "原因最多 500 个字") String reason) {
}
