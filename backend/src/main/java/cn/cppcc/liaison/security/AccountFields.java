package cn.cppcc.liaison.security;

import cn.cppcc.liaison.kernel.Role;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The writable fields of an account. {@code password} is required for a new account; on an update it
 * sets a new password and ends the account's sessions.
 */
public record AccountFields(
        @NotBlank(message = "用户名不能为空")
        @Pattern(regexp = "[A-Za-z0-9_.@-]{3,50}", message = "用户名为 3–50 位字母、数字或 _ . @ -")
        String username,
        @NotBlank(message = "姓名不能为空") @Size(max = 50, message = "姓名最多 50 个字") String displayName,
        @NotNull(message = "请选择角色") Role role,
        @Min(value = 1, message = "编号从 1 开始") Long committeeId,
        @Min(value = 1, message = "编号从 1 开始") Long memberId,
        @Min(value = 1, message = "编号从 1 开始") Long groupId,
        Boolean enabled,
        @Size(max = 100, message = "密码过长") String password) {

    /** What tells one create from another for its Idempotency-Key: a password is never kept, not even as a hash. */
    public AccountFields withoutPassword() {
        return new AccountFields(username, displayName, role, committeeId, memberId, groupId, enabled, null);
    }
}
