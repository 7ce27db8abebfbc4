package cn.cppcc.liaison.opinion;

import cn.cppcc.liaison.kernel.ExportColumn;
import java.util.List;

/** The columns of the opinion categories' export (社情民意类别). */
final class OpinionCategoryExport {

    static final List<ExportColumn<OpinionCategory>> COLUMNS = List.of(
            ExportColumn.number("编号", OpinionCategory::id),
            ExportColumn.text("名称", OpinionCategory::name),
            ExportColumn.number("排序", OpinionCategory::sortOrder));

    private OpinionCategoryExport() {
    }
}
