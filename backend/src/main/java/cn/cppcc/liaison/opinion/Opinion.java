package cn.cppcc.liaison.opinion;

import cn.cppcc.liaison.kernel.Masking;
import cn.cppcc.liaison.kernel.Versioned;
import cn.cppcc.liaison.member.MemberRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An opinion as one caller reads it: personal data masked unless they may see it, and the actions open to them. */
public record Opinion(
        long id,
        long committeeId,
        String title,
        String content,
        long categoryId,
        String categoryName,
        LocalDate collectedOn,
        long townshipId,
        String townshipName,
        Long villageId,
        String villageName,
        OpinionSource source,
        Long visitId,
        Long dutyTurnId,
        Long studioId,
        String studioName,
        List<MemberRef> submitters,
        String raisedByName,
        String raisedByPhone,
        boolean personalDataMasked,
        OpinionStatus status,
        Instant statusChangedAt,
        Instant submittedAt,
        String rejectReason,
        String assignedUnit,
        LocalDate dueDate,
        boolean overdue,
        String resolution,
        LocalDate resolvedOn,
        OpinionFeedback feedback,
        boolean solved,
        boolean awaitingConfirmation,
        Long mergedIntoId,
        OpinionForwarding forwarding,
        List<AllowedTransition> actions,
        String recordedBy,
        int version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    /** What the reading depends on besides the record: the day, and what this caller may see and do. */
    record View(LocalDate today, int confirmAfterDays, boolean unmasked, List<AllowedTransition> actions) {
    }

    static Opinion of(OpinionEntity e, View view) {
        boolean masked = !view.unmasked() && (e.raisedByName != null || e.raisedByPhone != null);
        return new Opinion(e.id, e.committee.id, e.title, e.content, e.category.id, e.category.name, e.collectedOn,
                e.township.id, e.township.name,
                e.village == null ? null : e.village.id, e.village == null ? null : e.village.name,
                e.source,
                e.visit == null ? null : e.visit.id,
                e.dutyTurn == null ? null : e.dutyTurn.id,
                e.studio == null ? null : e.studio.id, e.studio == null ? null : e.studio.name,
                e.submitters.stream().map(MemberRef::of).toList(),
                view.unmasked() || e.raisedByName == null ? e.raisedByName : Masking.name(e.raisedByName),
                view.unmasked() || e.raisedByPhone == null ? e.raisedByPhone : Masking.phone(e.raisedByPhone),
                masked,
                e.status, e.statusChangedAt, e.submittedAt, e.rejectReason, e.assignedUnit, e.dueDate,
                e.overdue(view.today()), e.resolution, e.resolvedOn, e.feedback,
                e.solved(view.today(), view.confirmAfterDays()),
                e.awaitingConfirmation(view.today(), view.confirmAfterDays()),
                e.mergedInto == null ? null : e.mergedInto.id,
                OpinionForwarding.of(e), view.actions(), e.recordedBy, e.version, e.createdAt, e.updatedAt);
    }
}
