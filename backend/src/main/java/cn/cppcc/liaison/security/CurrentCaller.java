package cn.cppcc.liaison.security;

import cn.cppcc.liaison.kernel.Role;

/** Who the bearer token belongs to: an account, or an API token of an integration. */
public record CurrentCaller(
        String kind,
        String name,
        String displayName,
        Role role,
        Long accountId,
        Long apiTokenId,
        Long committeeId,
        Long memberId,
        Long groupId) {
}
