package cn.cppcc.liaison.security;

import cn.cppcc.liaison.kernel.Role;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What an administrator chooses for a new API token; the secret is generated. */
public record ApiTokenFields(
        @NotBlank(message = "名称不能为空") @Size(max = 50, message = "名称最多 50 个字") String name,
        @NotNull(message = "请选择角色") Role role,
        @Min(value = 1, message = "编号从 1 开始") Long committeeId,
        @NotNull(message = "请给出有效期") LocalDate expiresOn) {
}
