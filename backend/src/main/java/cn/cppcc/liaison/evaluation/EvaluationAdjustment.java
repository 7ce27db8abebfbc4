package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.kernel.Versioned;
import cn.cppcc.liaison.member.MemberRef;
import java.math.BigDecimal;
import java.time.Instant;

/** An adjustment as clients read it. */
public record EvaluationAdjustment(long id, long committeeId, int year, MemberRef member, BigDecimal amount,
        String reason, Long objectionId, String createdBy, Instant createdAt, int version) implements Versioned {

    static EvaluationAdjustment of(EvaluationAdjustmentEntity e) {
        return new EvaluationAdjustment(e.id, e.committee.id, e.year, MemberRef.of(e.member),
                EvaluationEngine.plain(e.amount), e.reason, e.objectionId, e.createdBy, e.madeAt, e.version);
    }

    Breakdown.Adjustment line() {
        return new Breakdown.Adjustment(id, amount, reason, objectionId, createdBy, createdAt);
    }
}
