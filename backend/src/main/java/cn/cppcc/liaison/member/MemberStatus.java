package cn.cppcc.liaison.member;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Where a member stands in the term: in office, suspended from duties, or removed for good. */
public enum MemberStatus {
    ACTIVE("在职"),
    SUSPENDED("暂停履职"),
    REMOVED("已撤销");

    public final String label;

    MemberStatus(String label) {
        this.label = label;
    }

    /** The states a member in this state may move to; removal is final. */
    public Set<MemberStatus> next() {
        return switch (this) {
            case ACTIVE -> EnumSet.of(SUSPENDED, REMOVED);
            case SUSPENDED -> EnumSet.of(ACTIVE, REMOVED);
            case REMOVED -> EnumSet.noneOf(MemberStatus.class);
        };
    }

    public boolean canMoveTo(MemberStatus target) {
        return next().contains(target);
    }

    /** Suspending or removing a member must be explained in the record; resuming need not. */
    public boolean needsReason() {
        return this != ACTIVE;
    }

    public String describe() {
        return name() + "（" + label + "）";
    }

    static String describe(Set<MemberStatus> states) {
        return states.stream().map(MemberStatus::describe).collect(Collectors.joining("、"));
    }
}
