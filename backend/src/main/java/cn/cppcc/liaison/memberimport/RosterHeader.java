package cn.cppcc.liaison.memberimport;

import cn.cppcc.liaison.kernel.ApiProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where each known column sits in the file and how the file names it. */
record RosterHeader(int row, Map<RosterColumn, Integer> positions, Map<RosterColumn, String> labels) {

    /** Offices often put a title such as "政协铁力市第九届委员会委员名册" above the header. */
    static final int SEARCH_ROWS = 10;

    static RosterHeader locate(RosterSheet sheet) {
        List<RosterSheet.Line> lines = sheet.lines();
        if (lines.stream().allMatch(RosterSheet.Line::isBlank)) {
            throw ApiProblem.invalid("body", "文件为空，请上传含表头和委员数据的名册文件");
        }
        RosterSheet.Line header = lines.stream().limit(SEARCH_ROWS)
                .filter(line -> line.cells().stream().anyMatch(cell -> RosterColumn.named(cell).orElse(null) == RosterColumn.NAME))
                .findFirst()
                .orElseThrow(() -> ApiProblem.invalid("body",
                        "找不到表头：前 " + SEARCH_ROWS + " 行中没有“姓名”列。表头应含 " + requiredLabels() + " 等列"));
        Map<RosterColumn, Integer> positions = new EnumMap<>(RosterColumn.class);
        Map<RosterColumn, String> labels = new EnumMap<>(RosterColumn.class);
        for (int i = 0; i < header.cells().size(); i++) {
            String label = RosterValues.text(header.cell(i));
            Optional<RosterColumn> column = RosterColumn.named(label);
            if (column.isEmpty()) {
                continue;
            }
            if (positions.containsKey(column.get())) {
                throw ApiProblem.invalid("body", "第 " + header.row() + " 行的表头中“" + labels.get(column.get()) + "”与“" + label
                        + "”是同一列（" + column.get().label + "），请只保留一列");
            }
            positions.put(column.get(), i);
            labels.put(column.get(), label);
        }
        List<String> missing = new ArrayList<>();
        for (RosterColumn column : RosterColumn.values()) {
            if (column.required && !positions.containsKey(column)) {
                missing.add(column.label);
            }
        }
        if (!missing.isEmpty()) {
            throw ApiProblem.invalid("body", "第 " + header.row() + " 行的表头缺少必需的列：" + String.join("、", missing));
        }
        return new RosterHeader(header.row(), positions, labels);
    }

    /** The data rows below the header that hold anything at all. */
    List<RosterRow> rows(RosterSheet sheet) {
        return sheet.lines().stream()
                .filter(line -> line.row() > row && !line.isBlank())
                .map(line -> new RosterRow(line.row(), this, line))
                .toList();
    }

    String label(RosterColumn column) {
        return labels.getOrDefault(column, column.label);
    }

    private static String requiredLabels() {
        return Arrays.stream(RosterColumn.values()).filter(c -> c.required).map(c -> c.label)
                .collect(Collectors.joining("、"));
    }
}
