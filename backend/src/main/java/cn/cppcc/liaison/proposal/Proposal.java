package cn.cppcc.liaison.proposal;

import cn.cppcc.liaison.kernel.Versioned;
import cn.cppcc.liaison.member.MemberRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A proposal as clients read it, with its members' names and the states it may move to now. */
public record Proposal(
        long id,
        long committeeId,
        String title,
        ProposalCategory category,
        LocalDate filedOn,
        MemberRef leadMember,
        List<MemberRef> coSigners,
        String caseNumber,
        String handlingUnit,
        ProposalStatus status,
        Instant statusChangedAt,
        LocalDate acceptedOn,
        String notAcceptedReason,
        LocalDate answeredOn,
        String answer,
        List<ProposalStatus> nextStatuses,
        String recordedBy,
        int version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    static Proposal of(ProposalEntity e) {
        return new Proposal(e.id, e.committee.id, e.title, e.category, e.filedOn, MemberRef.of(e.lead),
                e.coSigners.stream().map(MemberRef::of).toList(), e.caseNumber, e.handlingUnit, e.status,
                e.statusChangedAt, e.acceptedOn, e.notAcceptedReason, e.answeredOn, e.answer, List.copyOf(e.status.next()),
                e.recordedBy, e.version, e.createdAt, e.updatedAt);
    }
}
