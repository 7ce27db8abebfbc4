package cn.cppcc.liaison.consultation;

import cn.cppcc.liaison.kernel.Versioned;
import cn.cppcc.liaison.opinion.OpinionRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record Outcome(
        long id,
        long consultationId,
        String consultationTopic,
        long committeeId,
        int number,
        String text,
        String responsibleUnit,
        LocalDate dueDate,
        OutcomeStatus status,
        boolean overdue,
        String dropReason,
        LocalDate implementedOn,
        String evidence,
        List<OpinionRef> opinions,
        List<Progress> progress,
        int version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    public record Progress(LocalDate date, String note, String recordedBy) {
    }

    static Outcome of(OutcomeEntity e, List<OutcomeProgressEntity> progress, LocalDate today) {
        return new Outcome(e.id, e.consultation.id, e.consultation.topic, e.committee.id, e.number, e.text,
                e.responsibleUnit, e.dueDate, e.status, e.overdue(today), e.dropReason, e.implementedOn, e.evidence,
                e.opinions.stream().map(OpinionRef::of).toList(),
                progress.stream().map(p -> new Progress(p.notedOn, p.note, p.recordedBy)).toList(),
                e.version, e.createdAt, e.updatedAt);
    }

    public record Items(List<Outcome> items) {
    }
}
