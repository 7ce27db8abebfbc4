package cn.cppcc.liaison.consultation;

import java.util.EnumSet;
import java.util.Set;

/** The steps of implementing an outcome; PROGRESS adds a dated note and keeps the state. */
public enum OutcomeAction {
    START("开始落实", EnumSet.of(OutcomeStatus.AGREED), OutcomeStatus.IN_PROGRESS),
    PROGRESS("记录进展", OutcomeStatus.OPEN, null),
    IMPLEMENT("已落实", OutcomeStatus.OPEN, OutcomeStatus.IMPLEMENTED),
    DROP("放弃", OutcomeStatus.OPEN, OutcomeStatus.DROPPED);

    public final String label;
    public final Set<OutcomeStatus> from;
    private final OutcomeStatus to;

    OutcomeAction(String label, Set<OutcomeStatus> from, OutcomeStatus to) {
        this.label = label;
        this.from = from;
        this.to = to;
    }

    public OutcomeStatus target(OutcomeStatus current) {
        return to == null ? current : to;
    }
}
