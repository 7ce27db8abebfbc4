package cn.cppcc.liaison.duty;

import cn.cppcc.liaison.kernel.Versioned;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** A duty turn as clients read it, with the platform's and member's names. */
public record DutyTurn(
        long id,
        long committeeId,
        long platformId,
        String platformName,
        long memberId,
        String memberName,
        YearMonth month,
        DutyTurnStatus status,
        boolean overdue,
        Boolean policyExplained,
        Integer opinionsCollected,
        Integer eventsHeld,
        Integer peopleReached,
        String note,
        String missedReason,
        Instant recordedAt,
        String recordedBy,
        List<Long> visitIds,
        int version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    static DutyTurn of(DutyTurnEntity e, YearMonth current) {
        return new DutyTurn(e.id, e.committee.id, e.platform.id, e.platform.name, e.member.id, e.member.name,
                e.yearMonth(), e.status, e.overdue(current), e.policyExplained, e.opinionsCollected, e.eventsHeld,
                e.peopleReached, e.note, e.missedReason, e.recordedAt, e.recordedBy,
                e.visits.stream().map(v -> v.id).toList(), e.version, e.createdAt,
                e.updatedAt);
    }
}
