package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.Predicate;
import cn.cppcc.liaison.kernel.work.MemberWork;
import cn.cppcc.liaison.kernel.work.MemberWorkQuery;
import cn.cppcc.liaison.kernel.work.WorkKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * The evaluation's own steps in the member's record, on the days they happened (Beijing time): the office's
 * adjustments, the member's objections and the office's answers. None of them is work: they score nothing.
 */
@ApplicationScoped
class EvaluationStepsWork {

    private static final String ADJUSTMENTS = "evaluation-adjustments";
    private static final String OBJECTIONS = "evaluation-objections";

    void answer(@Observes MemberWorkQuery query) {
        Predicate period = new Predicate("(e.%s >= :stepsFrom and e.%s < :stepsTo)", Map.of(
                "stepsFrom", query.from().atStartOfDay(OfficeClock.ZONE).toInstant(),
                "stepsTo", query.to().plusDays(1).atStartOfDay(OfficeClock.ZONE).toInstant()));
        Predicate asked = query.asks("e.member.id");
        for (Object[] row : query.rows(EvaluationAdjustmentEntity.getEntityManager(), "select e.member.id, e.id,"
                + " e.madeAt, e.year, e.amount, e.reason from EvaluationAdjustmentEntity e where e.committee.id ="
                + " :workCommittee and " + within(period, "madeAt") + " and " + asked.condition(), period, asked)) {
            BigDecimal amount = EvaluationEngine.plain((BigDecimal) row[4]);
            query.add(MemberWork.of((Long) row[0], WorkKind.EVALUATION_ADJUSTED, day(row[2]), ADJUSTMENTS,
                    (Long) row[1], row[3] + " 年度考评" + (amount.signum() > 0 ? "加 " : "减 ") + amount.abs() + " 分", 0,
                    (String) row[5]));
        }
        for (Object[] row : query.rows(EvaluationObjectionEntity.getEntityManager(), "select e.member.id, e.id,"
                + " e.filedAt, e.year, e.item, e.reason from EvaluationObjectionEntity e where e.committee.id ="
                + " :workCommittee and " + within(period, "filedAt") + " and " + asked.condition(), period, asked)) {
            query.add(MemberWork.of((Long) row[0], WorkKind.OBJECTION_FILED, day(row[2]), OBJECTIONS, (Long) row[1],
                    row[3] + " 年度考评申诉：" + ((EvaluationObjectionItem) row[4]).label(), 0, (String) row[5]));
        }
        for (Object[] row : query.rows(EvaluationObjectionEntity.getEntityManager(), "select e.member.id, e.id,"
                + " e.answeredAt, e.year, e.status, e.answer from EvaluationObjectionEntity e where e.committee.id ="
                + " :workCommittee and " + within(period, "answeredAt") + " and " + asked.condition(), period, asked)) {
            query.add(MemberWork.of((Long) row[0], WorkKind.OBJECTION_ANSWERED, day(row[2]), OBJECTIONS, (Long) row[1],
                    row[3] + " 年度考评申诉" + (row[4] == EvaluationObjectionStatus.UPHELD ? "已支持" : "不予支持"), 0,
                    (String) row[5]));
        }
    }

    private static String within(Predicate period, String column) {
        return String.format(period.condition(), column, column);
    }

    private static LocalDate day(Object instant) {
        return ((Instant) instant).atZone(OfficeClock.ZONE).toLocalDate();
    }
}
