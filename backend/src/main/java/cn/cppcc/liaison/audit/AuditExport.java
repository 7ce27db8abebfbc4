package cn.cppcc.liaison.audit;

import cn.cppcc.liaison.kernel.ExportColumn;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** The columns of the trail's exports: one change, or one read of personal data, a row. */
final class AuditExport {

    static final List<ExportColumn<AuditEvent>> EVENTS = List.of(
            ExportColumn.number("修订号", AuditEvent::revision),
            ExportColumn.dateTime("时间", AuditEvent::at),
            ExportColumn.text("操作人", AuditEvent::actor),
            ExportColumn.text("操作", e -> e.action().label),
            ExportColumn.text("记录类型", e -> e.recordType().label),
            ExportColumn.number("记录编号", AuditEvent::recordId),
            ExportColumn.number("政协编号", AuditEvent::committeeId),
            ExportColumn.text("改动的字段", e -> String.join("、", e.changedFields())),
            ExportColumn.text("改动", AuditExport::changes));

    static final List<ExportColumn<PersonalDataRead>> READS = List.of(
            ExportColumn.number("编号", PersonalDataRead::id),
            ExportColumn.dateTime("时间", PersonalDataRead::at),
            ExportColumn.text("操作人", PersonalDataRead::actor),
            ExportColumn.text("记录类型", r -> r.recordType().label),
            ExportColumn.text("记录编号", r -> r.recordIds().stream().map(String::valueOf)
                    .collect(Collectors.joining("、"))),
            ExportColumn.text("个人信息", r -> String.join("、", r.fields())),
            ExportColumn.text("请求", PersonalDataRead::path));

    private AuditExport() {
    }

    /**
     * What the change did, a field a line: {@code 字段：之前 → 之后} for the changed fields of an update (all of
     * them when the trail has no earlier version), the fields written for a new record, those removed for a
     * deleted one.
     */
    static String changes(AuditEvent event) {
        Map<String, Object> before = event.before();
        Map<String, Object> after = event.after();
        if (before == null || after == null) {
            Map<String, Object> fields = after != null ? after : before;
            return fields == null ? null : fields.entrySet().stream().filter(f -> f.getValue() != null)
                    .map(f -> f.getKey() + "：" + f.getValue()).collect(Collectors.joining("\n"));
        }
        return event.changedFields().stream()
                .map(f -> f + "：" + shown(before.get(f)) + " → " + shown(after.get(f)))
                .collect(Collectors.joining("\n"));
    }

    private static String shown(Object value) {
        return Objects.toString(value, "（空）");
    }
}
