package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.kernel.Versioned;
import cn.cppcc.liaison.member.MemberRef;
import java.math.BigDecimal;
import java.time.Instant;

/** An objection and its answer, as clients read it. */
public record EvaluationObjection(long id, long committeeId, int year, MemberRef member, Long groupId,
        EvaluationObjectionItem item, String itemLabel, String reason, EvaluationObjectionStatus status,
        String filedBy, Instant filedAt, String answer, String answeredBy, Instant answeredAt, Adjustment adjustment,
        int version) implements Versioned {

    /** The adjustment recorded when the objection was upheld. */
    public record Adjustment(long id, BigDecimal amount) {
    }

    static EvaluationObjection of(EvaluationObjectionEntity e, EvaluationAdjustmentEntity adjustment) {
        return new EvaluationObjection(e.id, e.committee.id, e.year, MemberRef.of(e.member),
                e.member.group == null ? null : e.member.group.id, e.item, e.item.label(), e.reason, e.status,
                e.filedBy, e.filedAt, e.answer, e.answeredBy, e.answeredAt,
                adjustment == null ? null : new Adjustment(adjustment.id, EvaluationEngine.plain(adjustment.amount)),
                e.version);
    }
}
