package cn.cppcc.liaison.memberimport;

import java.util.List;

/** The cells of an uploaded roster as text, each line with the row number a person sees in Excel. */
record RosterSheet(List<Line> lines) {

    record Line(int row, List<String> cells) {

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(cell -> RosterValues.text(cell) == null);
        }
    }
}
