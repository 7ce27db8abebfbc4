package cn.cppcc.liaison.consultation;

import java.util.EnumSet;
import java.util.Set;

/** Where an agreed outcome stands: agreed, being implemented, implemented, or dropped with a reason. */
public enum OutcomeStatus {
    AGREED("已达成"),
    IN_PROGRESS("落实中"),
    IMPLEMENTED("已落实"),
    DROPPED("已放弃");

    /** Not yet implemented nor dropped: these can be overdue. */
    public static final Set<OutcomeStatus> OPEN = EnumSet.of(AGREED, IN_PROGRESS);

    public final String label;

    OutcomeStatus(String label) {
        this.label = label;
    }
}
