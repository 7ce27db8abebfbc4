package cn.cppcc.liaison.duty;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Where a duty turn stands: scheduled, then recorded as done or missed; the office may undo a record. */
public enum DutyTurnStatus {
    SCHEDULED("已排班"),
    DONE("已履职"),
    MISSED("未履职");

    public final String label;

    DutyTurnStatus(String label) {
        this.label = label;
    }

    public Set<DutyTurnStatus> next() {
        return switch (this) {
            case SCHEDULED -> EnumSet.of(DONE, MISSED);
            // Undoing a record puts the turn back on the schedule, to be recorded again.
            case DONE, MISSED -> EnumSet.of(SCHEDULED);
        };
    }

    public boolean canMoveTo(DutyTurnStatus target) {
        return next().contains(target);
    }

    public String describe() {
        return name() + "（" + label + "）";
    }

    static String describe(Set<DutyTurnStatus> states) {
        return states.stream().map(DutyTurnStatus::describe).collect(Collectors.joining("、"));
    }
}
