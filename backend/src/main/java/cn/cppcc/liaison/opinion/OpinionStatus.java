package cn.cppcc.liaison.opinion;

import java.util.EnumSet;
import java.util.Set;

/** Where an opinion stands, from the member's draft to the public's verdict on the solution. */
public enum OpinionStatus {
    DRAFT("草稿"),
    SUBMITTED("已上报"),
    ACCEPTED("已采用"),
    REJECTED("不予采用"),
    ASSIGNED("已交办"),
    IN_PROGRESS("办理中"),
    RESOLVED("已办结"),
    CLOSED("已评价"),
    MERGED("已合并");

    /** Still being handled: a duplicate recorded now should be merged into one of these. */
    public static final Set<OpinionStatus> OPEN = EnumSet.of(DRAFT, SUBMITTED, ACCEPTED, ASSIGNED, IN_PROGRESS);

    /** Handed to a unit and not yet resolved: these can be overdue. */
    public static final Set<OpinionStatus> BEING_HANDLED = EnumSet.of(ASSIGNED, IN_PROGRESS);

    /** Counted as collected in every report: everything but drafts and the duplicates merged away. */
    public static final Set<OpinionStatus> COLLECTED = EnumSet.complementOf(EnumSet.of(DRAFT, MERGED));

    public final String label;

    OpinionStatus(String label) {
        this.label = label;
    }
}
