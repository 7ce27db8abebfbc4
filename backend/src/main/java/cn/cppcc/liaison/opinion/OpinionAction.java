package cn.cppcc.liaison.opinion;

import java.util.EnumSet;
import java.util.Set;

/**
 * What can be done to an opinion, the states each is allowed from, and where it leads. FORWARD and ADOPT leave
 * the state as it is: the parent committee's adoption runs beside the local handling. CREATE only names the
 * first entry of the history.
 */
public enum OpinionAction {
    CREATE("记录", EnumSet.noneOf(OpinionStatus.class), OpinionStatus.DRAFT),
    SUBMIT("上报", EnumSet.of(OpinionStatus.DRAFT), OpinionStatus.SUBMITTED),
    ACCEPT("采用", EnumSet.of(OpinionStatus.SUBMITTED), OpinionStatus.ACCEPTED),
    REJECT("不予采用", EnumSet.of(OpinionStatus.SUBMITTED), OpinionStatus.REJECTED),
    ASSIGN("交办", EnumSet.of(OpinionStatus.ACCEPTED, OpinionStatus.ASSIGNED), OpinionStatus.ASSIGNED),
    START("开始办理", EnumSet.of(OpinionStatus.ASSIGNED), OpinionStatus.IN_PROGRESS),
    PROGRESS("办理进展", EnumSet.of(OpinionStatus.IN_PROGRESS), OpinionStatus.IN_PROGRESS),
    RESOLVE("办结", EnumSet.of(OpinionStatus.ASSIGNED, OpinionStatus.IN_PROGRESS), OpinionStatus.RESOLVED),
    CLOSE("评价", EnumSet.of(OpinionStatus.RESOLVED), OpinionStatus.CLOSED),
    REOPEN("重新交办", EnumSet.of(OpinionStatus.RESOLVED, OpinionStatus.CLOSED), OpinionStatus.ASSIGNED),
    MERGE("合并", EnumSet.of(OpinionStatus.SUBMITTED, OpinionStatus.ACCEPTED, OpinionStatus.ASSIGNED),
            OpinionStatus.MERGED),
    FORWARD("报送上级", EnumSet.of(OpinionStatus.ACCEPTED, OpinionStatus.ASSIGNED, OpinionStatus.IN_PROGRESS,
            OpinionStatus.RESOLVED, OpinionStatus.CLOSED), null),
    ADOPT("上级采用", EnumSet.complementOf(EnumSet.of(OpinionStatus.DRAFT, OpinionStatus.SUBMITTED,
            OpinionStatus.REJECTED, OpinionStatus.MERGED)), null);

    public final String label;
    /** The states the action may start from. */
    public final Set<OpinionStatus> from;
    /** The state it leads to; null when it keeps the current one. */
    private final OpinionStatus to;

    OpinionAction(String label, Set<OpinionStatus> from, OpinionStatus to) {
        this.label = label;
        this.from = from;
        this.to = to;
    }

    public OpinionStatus target(OpinionStatus current) {
        return to == null ? current : to;
    }
}
