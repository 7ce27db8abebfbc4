package cn.cppcc.liaison.studio;

import cn.cppcc.liaison.kernel.ExportColumn;
import cn.cppcc.liaison.member.MemberRef;
import java.util.List;
import java.util.stream.Collectors;

/** The columns of the studios' export (委员工作室), over the studios as the caller reads them in the list. */
final class StudioExport {

    static final List<ExportColumn<Studio>> COLUMNS = List.of(
            ExportColumn.number("编号", Studio::id),
            ExportColumn.text("名称", Studio::name),
            ExportColumn.text("乡镇（街道）", Studio::townshipName),
            ExportColumn.text("联系平台", Studio::platformName),
            ExportColumn.text("形式", s -> s.mode().label),
            ExportColumn.text("地址", Studio::address),
            ExportColumn.text("线上渠道", Studio::onlineAddress),
            ExportColumn.text("负责委员", Studio::leadMemberName),
            ExportColumn.text("入驻委员", s -> s.residents().stream().map(MemberRef::name).collect(Collectors.joining("、"))),
            ExportColumn.number("入驻委员（人）", s -> s.residents().size()));

    private StudioExport() {
    }
}
