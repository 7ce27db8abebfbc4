package cn.cppcc.liaison.member;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A request to suspend, resume or remove a member, with why and since when. */
public record MemberStatusChange(
        @NotNull(message = "目标状态不能为空（ACTIVE 在职、SUSPENDED 暂停履职、REMOVED 已撤销）") MemberStatus status,
        @Size(max = 500, message = "原因最多 500 个字") String reason,
        LocalDate date) {
}
