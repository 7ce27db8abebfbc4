package cn.cppcc.liaison.member;

import cn.cppcc.liaison.kernel.ExportColumn;
import java.util.List;

/** The columns of the activity groups' export (界别活动组). */
final class GroupExport {

    static final List<ExportColumn<Group>> COLUMNS = List.of(
            ExportColumn.number("编号", Group::id),
            ExportColumn.text("名称", Group::name),
            ExportColumn.text("界别", Group::sectorName),
            ExportColumn.text("召集人", Group::convenorName),
            ExportColumn.text("联络员", Group::liaisonName),
            ExportColumn.text("联络员职务", Group::liaisonTitle),
            ExportColumn.number("委员（人）", Group::memberCount));

    private GroupExport() {
    }
}
