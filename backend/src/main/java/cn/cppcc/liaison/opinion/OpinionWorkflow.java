package cn.cppcc.liaison.opinion;

import cn.cppcc.liaison.kernel.Caller;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may see, change and move an opinion. Members and group leads handle their own drafts; every other step
 * belongs to the office of the opinion's committee, and the adoption of a forwarded opinion to the office of
 * the committee it was forwarded to.
 */
final class OpinionWorkflow {

    /** The office edits the text until the opinion is closed, rejected or merged away. */
    private static final Set<OpinionStatus> OFFICE_EDITS = EnumSet.complementOf(
            EnumSet.of(OpinionStatus.CLOSED, OpinionStatus.REJECTED, OpinionStatus.MERGED));

    /** Submitters edit until the office has taken the opinion up. */
    private static final Set<OpinionStatus> SUBMITTER_EDITS = EnumSet.of(OpinionStatus.DRAFT, OpinionStatus.SUBMITTED);

    private OpinionWorkflow() {
    }

    /** The actions this caller may take on the opinion now, in the order of the lifecycle. */
    static List<AllowedTransition> allowed(OpinionEntity opinion, Caller caller) {
        List<AllowedTransition> allowed = new ArrayList<>();
        for (OpinionAction action : OpinionAction.values()) {
            if (action.from.contains(opinion.status) && permits(action, opinion, caller)) {
                allowed.add(AllowedTransition.of(action, opinion.status));
            }
        }
        return allowed;
    }

    private static boolean permits(OpinionAction action, OpinionEntity opinion, Caller caller) {
        return switch (action) {
            case CREATE -> false;
            case SUBMIT -> isOwn(opinion, caller) || isOffice(opinion, caller);
            case FORWARD -> isOffice(opinion, caller) && opinion.forwardedTo == null && opinion.committee.parent != null;
            case ADOPT -> caller.isOffice() && opinion.forwardedTo != null && opinion.adoptedAt == null
                    && (caller.committeeId() == null || caller.committeeId().equals(opinion.forwardedTo.id));
            default -> isOffice(opinion, caller);
        };
    }

    /** The office of the opinion's own committee, or an administrator of the whole deployment. */
    static boolean isOffice(OpinionEntity opinion, Caller caller) {
        return caller.isOffice() && caller.sees(opinion.committee.id);
    }

    /** A member who submits it, or a convenor or liaison of a group one of its submitters belongs to. */
    static boolean isOwn(OpinionEntity opinion, Caller caller) {
        if (!caller.sees(opinion.committee.id)) {
            return false;
        }
        return switch (caller.role()) {
            case MEMBER -> opinion.submittedBy(caller.memberId());
            case CONVENOR, LIAISON -> opinion.submittedByGroup(caller.groupId()) || opinion.submittedBy(caller.memberId());
            default -> false;
        };
    }

    static boolean maySee(OpinionEntity opinion, Caller caller) {
        return switch (caller.role()) {
            case ADMIN, OFFICE, REPORTER -> caller.sees(opinion.committee.id)
                    || (opinion.forwardedTo != null && caller.sees(opinion.forwardedTo.id));
            case CONVENOR, LIAISON, MEMBER -> isOwn(opinion, caller);
        };
    }

    static boolean mayEdit(OpinionEntity opinion, Caller caller) {
        return isOffice(opinion, caller) ? OFFICE_EDITS.contains(opinion.status)
                : isOwn(opinion, caller) && SUBMITTER_EDITS.contains(opinion.status);
    }

    /** The person who raised it is shown to the office and administrators and to the members who submit it. */
    static boolean seesPersonalData(OpinionEntity opinion, Caller caller) {
        return caller.isOffice() || opinion.submittedBy(caller.memberId());
    }
}
