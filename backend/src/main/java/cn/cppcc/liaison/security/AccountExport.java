package cn.cppcc.liaison.security;

import cn.cppcc.liaison.kernel.ExportColumn;
import java.util.List;

/** The columns of the accounts' export (账号), for the administrator; no password or its hash. */
final class AccountExport {

    static final List<ExportColumn<Account>> COLUMNS = List.of(
            ExportColumn.number("编号", Account::id),
            ExportColumn.text("用户名", Account::username),
            ExportColumn.text("显示名称", Account::displayName),
            ExportColumn.text("角色", a -> a.role().label),
            ExportColumn.text("政协", Account::committeeName),
            ExportColumn.text("委员", Account::memberName),
            ExportColumn.text("活动组", Account::groupName),
            ExportColumn.yesNo("启用", Account::enabled),
            ExportColumn.dateTime("最近登录", Account::lastLoginAt));

    private AccountExport() {
    }
}
