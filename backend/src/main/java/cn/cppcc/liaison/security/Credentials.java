package cn.cppcc.liaison.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** A username and password to sign in with. */
public record Credentials(
        @NotBlank(message = "请输入用户名") @Size(max = 50, message = "用户名最多 50 位") String username,
        @NotEmpty(message = "请输入密码") @Size(max = 100, message = "密码过长") String password) {
}
