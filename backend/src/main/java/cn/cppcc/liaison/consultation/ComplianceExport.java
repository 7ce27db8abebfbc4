package cn.cppcc.liaison.consultation;

import cn.cppcc.liaison.kernel.ExportColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The columns of 一季一协商落实情况's export: a platform a row, and for each quarter asked (the year's four, or the
 * one) its state, how many consultations were held and which.
 */
final class ComplianceExport {

    private static final String[] QUARTERS = {"第一季度", "第二季度", "第三季度", "第四季度"};

    private ComplianceExport() {
    }

    static List<ExportColumn<ConsultationCompliance.Row>> columns(Integer quarter) {
        List<ExportColumn<ConsultationCompliance.Row>> columns = new ArrayList<>(List.of(
                ExportColumn.number("平台编号", ConsultationCompliance.Row::platformId),
                ExportColumn.text("联系平台", ConsultationCompliance.Row::platformName),
                ExportColumn.text("乡镇（街道）", ConsultationCompliance.Row::townshipName)));
        for (int q = 1; q <= 4; q++) {
            if (quarter != null && quarter != q) {
                continue;
            }
            int asked = q;
            String name = QUARTERS[q - 1];
            columns.add(ExportColumn.text(name, r -> of(r, asked).state().label));
            columns.add(ExportColumn.number(name + "协商次数", r -> of(r, asked).count()));
            columns.add(ExportColumn.text(name + "协商编号", r -> of(r, asked).consultationIds().stream()
                    .map(String::valueOf).collect(Collectors.joining("、"))));
        }
        return columns;
    }

    private static ConsultationCompliance.Quarter of(ConsultationCompliance.Row row, int quarter) {
        return row.quarters().stream().filter(q -> q.quarter() == quarter).findFirst().orElseThrow();
    }
}
