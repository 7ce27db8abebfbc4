package cn.cppcc.liaison.memberimport;

/** One data row of the roster, read through the header. */
record RosterRow(int row, RosterHeader header, RosterSheet.Line line) {

    /** The cell under {@code column}, stripped; null when empty or the file has no such column. */
    String value(RosterColumn column) {
        Integer position = header.positions().get(column);
        return position == null ? null : RosterValues.text(line.cell(position));
    }

    String label(RosterColumn column) {
        return header.label(column);
    }
}
