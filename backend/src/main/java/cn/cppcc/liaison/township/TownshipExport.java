package cn.cppcc.liaison.township;

import cn.cppcc.liaison.kernel.ExportColumn;
import java.util.List;

/** The columns of the townships' export (乡镇（街道）). */
final class TownshipExport {

    static final List<ExportColumn<Township>> COLUMNS = List.of(
            ExportColumn.number("编号", Township::id),
            ExportColumn.text("名称", Township::name),
            ExportColumn.text("类型", t -> switch (t.kind()) {
                case TOWNSHIP -> "乡";
                case TOWN -> "镇";
                case SUBDISTRICT -> "街道";
            }));

    private TownshipExport() {
    }
}
