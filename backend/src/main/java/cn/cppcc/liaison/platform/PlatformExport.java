package cn.cppcc.liaison.platform;

import cn.cppcc.liaison.kernel.ExportColumn;
import java.util.List;

/** The columns of the platforms' export (联系平台). */
final class PlatformExport {

    static final List<ExportColumn<Platform>> COLUMNS = List.of(
            ExportColumn.number("编号", Platform::id),
            ExportColumn.text("名称", Platform::name),
            ExportColumn.text("乡镇（街道）", Platform::townshipName),
            ExportColumn.text("地址", Platform::address),
            ExportColumn.text("说明", Platform::description));

    private PlatformExport() {
    }
}
