package cn.cppcc.liaison.opinion;

import cn.cppcc.liaison.member.MemberRef;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Opinions as a CSV file Excel opens directly (UTF-8 with a byte order mark), masked as the caller reads them. */
final class OpinionExport {

    static final int MAX_ROWS = 50_000;

    private static final String[] HEADER = {"编号", "标题", "类别", "收集日期", "乡镇（街道）", "村（社区）", "来源",
        "提交委员", "反映人", "反映人电话", "状态", "承办单位", "办理期限", "是否逾期", "办理结果", "办结日期", "群众评价",
        "是否已解决", "报送上级", "上级批示"};

    private OpinionExport() {
    }

    static String csv(List<Opinion> opinions) {
        StringWriter out = new StringWriter().append('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.EXCEL.builder().setHeader(HEADER).get())) {
            for (Opinion o : opinions) {
                printer.printRecord(o.id(), o.title(), o.categoryName(), o.collectedOn(), o.townshipName(),
                        o.villageName(), o.source().label,
                        o.submitters().stream().map(MemberRef::name).collect(Collectors.joining("、")),
                        o.raisedByName(), o.raisedByPhone(), o.status().label, o.assignedUnit(), o.dueDate(),
                        yesNo(o.overdue()), o.resolution(), o.resolvedOn(),
                        o.feedback() == null ? null : o.feedback().label, yesNo(o.solved()),
                        o.forwarding() == null ? null : o.forwarding().committeeName(),
                        o.forwarding() == null ? null : o.forwarding().instruction());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String yesNo(boolean value) {
        return value ? "是" : "否";
    }
}
