package cn.cppcc.liaison.sector;

import cn.cppcc.liaison.kernel.ExportColumn;
import java.util.List;

/** The columns of the sectors' export (界别). */
final class SectorExport {

    static final List<ExportColumn<Sector>> COLUMNS = List.of(
            ExportColumn.number("编号", Sector::id),
            ExportColumn.text("名称", Sector::name),
            ExportColumn.number("排序", Sector::sortOrder));

    private SectorExport() {
    }
}
