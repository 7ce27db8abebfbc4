package cn.cppcc.liaison.proposal;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a proposal stands: filed, then registered as a case (立案) or not, answered by the handling unit, closed.
 * {@link #next()} is the whole lifecycle; nothing else decides which change is allowed.
 */
public enum ProposalStatus {
    FILED("已提交", "提交"),
    ACCEPTED("已立案", "立案"),
    NOT_ACCEPTED("不予立案", "不予立案"),
    ANSWERED("已答复", "答复"),
    CLOSED("已办结", "办结");

    public final String label;
    /** The name of the step that leads here, as the office says it: 立案, 答复. */
    public final String action;

    ProposalStatus(String label, String action) {
        this.label = label;
        this.action = action;
    }

    /** The states a proposal in this state may move to. */
    public Set<ProposalStatus> next() {
        return switch (this) {
            case FILED -> EnumSet.of(ACCEPTED, NOT_ACCEPTED);
            case ACCEPTED -> EnumSet.of(ANSWERED);
            case ANSWERED -> EnumSet.of(CLOSED);
            case NOT_ACCEPTED, CLOSED -> EnumSet.noneOf(ProposalStatus.class);
        };
    }

    public boolean mayMoveTo(ProposalStatus target) {
        return next().contains(target);
    }
}
