package cn.cppcc.liaison.record;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The record as an Excel workbook: the items on the first sheet, the counts per kind on the second. */
final class MemberRecordXlsx {

    private MemberRecordXlsx() {
    }

    static byte[] write(MemberRecord record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "政协委员联系群众平台", "1.0");
            Worksheet items = workbook.newWorksheet("履职档案");
            items.value(0, 0, record.member().name() + " " + record.year() + " 年履职档案（" + record.member().sectorName()
                    + (record.member().groupName() == null ? "" : "，" + record.member().groupName()) + "）");
            items.style(0, 0).bold().set();
            String[] header = {"日期", "类别", "事项", "人次", "说明", "记录类型", "记录编号"};
            for (int c = 0; c < header.length; c++) {
                items.value(2, c, header[c]);
                items.style(2, c).bold().fillColor("DDEBF7").set();
            }
            int row = 3;
            for (MemberRecord.Item item : record.items()) {
                items.value(row, 0, item.date());
                items.style(row, 0).format("yyyy-mm-dd").set();
                items.value(row, 1, item.label());
                items.value(row, 2, item.title());
                if (item.amount() > 0) {
                    items.value(row, 3, item.amount());
                }
                items.value(row, 4, item.detail());
                items.value(row, 5, item.recordType());
                items.value(row, 6, item.recordId());
                row++;
            }
            items.width(0, 12);
            items.width(1, 16);
            items.width(2, 48);
            items.width(4, 24);
            Worksheet counts = workbook.newWorksheet("分类统计");
            counts.value(0, 0, "类别");
            counts.value(0, 1, "条数");
            counts.value(0, 2, "人次");
            counts.style(0, 0).bold().set();
            counts.style(0, 1).bold().set();
            counts.style(0, 2).bold().set();
            int line = 1;
            for (MemberRecord.Count count : record.counts()) {
                counts.value(line, 0, count.label());
                counts.value(line, 1, count.count());
                counts.value(line, 2, count.amount());
                line++;
            }
            counts.width(0, 18);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
