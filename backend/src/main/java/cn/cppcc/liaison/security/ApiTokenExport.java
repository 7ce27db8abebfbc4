package cn.cppcc.liaison.security;

import cn.cppcc.liaison.kernel.ExportColumn;
import java.util.List;

/** The columns of the API tokens' export (API 令牌), for the administrator; the secret's first characters only. */
final class ApiTokenExport {

    static final List<ExportColumn<ApiToken>> COLUMNS = List.of(
            ExportColumn.number("编号", ApiToken::id),
            ExportColumn.text("名称", ApiToken::name),
            ExportColumn.text("角色", t -> t.role().label),
            ExportColumn.number("政协编号", ApiToken::committeeId),
            ExportColumn.text("密钥开头", ApiToken::secretPrefix),
            ExportColumn.text("状态", t -> t.status().label),
            ExportColumn.dateTime("到期时间", ApiToken::expiresAt),
            ExportColumn.text("创建人", ApiToken::createdBy),
            ExportColumn.dateTime("创建时间", ApiToken::createdAt),
            ExportColumn.text("吊销人", ApiToken::revokedBy),
            ExportColumn.dateTime("吊销时间", ApiToken::revokedAt),
            ExportColumn.dateTime("最近使用", ApiToken::lastUsedAt));

    private ApiTokenExport() {
    }
}
