package cn.cppcc.liaison.security;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** The current password, to prove it is the account's owner, and the new one. */
public record PasswordChange(
        @NotEmpty(message = "请输入当前密码") @Size(max = 100, message = "密码过长") String currentPassword,
        @NotEmpty(message = "请输入新密码") @Size(max = 100, message = "密码过长") String newPassword) {
}
