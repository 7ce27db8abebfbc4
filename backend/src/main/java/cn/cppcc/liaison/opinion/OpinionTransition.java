package cn.cppcc.liaison.opinion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An entry of an opinion's history as clients read it. */
public record OpinionTransition(long id, OpinionAction action, OpinionStatus fromStatus, OpinionStatus toStatus,
        Instant at, String actor, String note, String assignedUnit, LocalDate dueDate, LocalDate resolvedOn,
        OpinionFeedback feedback, Long mergedIntoId, Long committeeId) {

    static OpinionTransition of(OpinionTransitionEntity e) {
        return new OpinionTransition(e.id, e.action, e.fromStatus, e.toStatus, e.at, e.actor, e.note, e.assignedUnit,
                e.dueDate, e.resolvedOn, e.feedback, e.mergedIntoId, e.committeeId);
    }

    /** The history, oldest first. */
    public record History(List<OpinionTransition> items) {
    }
}
