package cn.cppcc.liaison.member;

import cn.cppcc.liaison.kernel.ExportColumn;
import java.util.List;

/** The columns of the roster's export (委员名册), over the members as the caller reads them in the list. */
final class MemberExport {

    static final List<ExportColumn<Member>> COLUMNS = List.of(
            ExportColumn.number("编号", Member::id),
            ExportColumn.text("姓名", Member::name),
            ExportColumn.text("性别", m -> m.gender() == null ? null : m.gender() == Gender.MALE ? "男" : "女"),
            ExportColumn.number("出生年份", Member::birthYear),
            ExportColumn.text("民族", Member::ethnicity),
            ExportColumn.text("党派", Member::party),
            ExportColumn.text("界别", Member::sectorName),
            ExportColumn.text("活动组", Member::groupName),
            ExportColumn.text("联系乡镇（街道）", Member::townshipName),
            ExportColumn.text("工作单位", Member::employer),
            ExportColumn.text("职务", Member::jobTitle),
            ExportColumn.text("电话", Member::phone),
            ExportColumn.date("任期开始", Member::termStart),
            ExportColumn.date("任期结束", Member::termEnd),
            ExportColumn.text("状态", m -> m.status().label),
            ExportColumn.date("状态日期", Member::statusDate),
            ExportColumn.text("状态说明", Member::statusReason));

    private MemberExport() {
    }
}
