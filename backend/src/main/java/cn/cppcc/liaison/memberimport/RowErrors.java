package cn.cppcc.liaison.memberimport;

import cn.cppcc.liaison.kernel.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The errors found so far, by row and column as the file names them. */
final class RowErrors {

    /** What a report or problem lists at most; the count of bad rows stays exact. */
    static final int LISTED = 1000;

    private final List<Problem.RowError> errors = new ArrayList<>();
    private final Set<Integer> badRows = new HashSet<>();

    void add(RosterRow row, RosterColumn column, String message) {
        add(row.row(), row.label(column), message);
    }

    void add(int row, String column, String message) {
        badRows.add(row);
        errors.add(new Problem.RowError(row, column, message));
    }

    boolean has(RosterRow row) {
        return badRows.contains(row.row());
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    int badRows() {
        return badRows.size();
    }

    List<Problem.RowError> listed() {
        return errors.stream().sorted(Comparator.comparingInt(Problem.RowError::row)).limit(LISTED).toList();
    }
}
