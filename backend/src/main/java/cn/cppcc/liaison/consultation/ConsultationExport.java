package cn.cppcc.liaison.consultation;

import cn.cppcc.liaison.kernel.ExportColumn;
import java.util.List;
import java.util.stream.Collectors;

/** The columns of the consultations' export (协商), over the consultations as the caller reads them in the list. */
final class ConsultationExport {

    static final List<ExportColumn<Consultation>> COLUMNS = List.of(
            ExportColumn.number("编号", Consultation::id),
            ExportColumn.text("类型", c -> c.kind().label),
            ExportColumn.date("日期", Consultation::date),
            ExportColumn.text("乡镇（街道）", Consultation::townshipName),
            ExportColumn.text("联系平台", Consultation::platformName),
            ExportColumn.text("委员工作室", Consultation::studioName),
            ExportColumn.text("议题", Consultation::topic),
            ExportColumn.text("协商情况", Consultation::summary),
            ExportColumn.text("出席委员", c -> c.members().stream()
                    .filter(m -> m.attendance() == Attendance.PRESENT).map(Consultation.Participant::name)
                    .collect(Collectors.joining("、"))),
            ExportColumn.number("出席（人）", c -> c.attendance().present()),
            ExportColumn.number("请假（人）", c -> c.attendance().excused()),
            ExportColumn.number("缺席（人）", c -> c.attendance().absent()),
            ExportColumn.number("涉及社情民意（条）", c -> c.opinions().size()),
            ExportColumn.number("协商成果（项）", Consultation::outcomeCount),
            ExportColumn.text("记录人", Consultation::recordedBy));

    private ConsultationExport() {
    }
}
