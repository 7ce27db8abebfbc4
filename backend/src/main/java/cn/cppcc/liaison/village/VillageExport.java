package cn.cppcc.liaison.village;

import cn.cppcc.liaison.kernel.ExportColumn;
import java.util.List;

/** The columns of the villages' export (村（社区）). */
final class VillageExport {

    static final List<ExportColumn<Village>> COLUMNS = List.of(
            ExportColumn.number("编号", Village::id),
            ExportColumn.text("名称", Village::name),
            ExportColumn.text("类型", v -> v.kind() == VillageKind.VILLAGE ? "村" : "社区"),
            ExportColumn.text("乡镇（街道）", Village::townshipName));

    private VillageExport() {
    }
}
