package cn.cppcc.liaison.demo;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.evaluation.AwardFields;
import cn.cppcc.liaison.evaluation.AwardService;
import cn.cppcc.liaison.evaluation.EvaluationAdjustmentEntity;
import cn.cppcc.liaison.evaluation.EvaluationObjectionEntity;
import cn.cppcc.liaison.evaluation.EvaluationObjectionItem;
import cn.cppcc.liaison.evaluation.EvaluationObjectionStatus;
import cn.cppcc.liaison.evaluation.EvaluationQueries;
import cn.cppcc.liaison.evaluation.EvaluationRow;
import cn.cppcc.liaison.evaluation.EvaluationRulesService;
import cn.cppcc.liaison.evaluation.EvaluationService;
import cn.cppcc.liaison.evaluation.EvaluationTemplates;
import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.member.MemberEntity;
import cn.cppcc.liaison.security.AccountEntity;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Each demo committee's evaluation: last year scored by its template (铁力's or 岳塘's), closed and published, its
 * three best members awarded this January, and this year computed so far from the rules carried over, with the
 * office's adjustments and the demo member's objections of this year: one upheld with its adjustment, one rejected,
 * one still waiting for an answer.
 */
final class DemoEvaluation {

    /** The day the office gives last year's awards, or today when that is still to come. */
    private static final int AWARD_DAY = 20;

    private final EvaluationRulesService rules;
    private final EvaluationService evaluations;
    private final EvaluationQueries queries;
    private final AwardService awards;
    private final OfficeClock clock;

    DemoEvaluation(EvaluationRulesService rules, EvaluationService evaluations, EvaluationQueries queries,
            AwardService awards, OfficeClock clock) {
        this.rules = rules;
        this.evaluations = evaluations;
        this.queries = queries;
        this.awards = awards;
        this.clock = clock;
    }

    void forCommittee(CommitteeEntity committee) {
        int year = clock.year();
        int last = year - 1;
        EvaluationTemplates.Code template = committee.name.contains("岳塘") ? EvaluationTemplates.Code.YUETANG
                : EvaluationTemplates.Code.TIELI;
        rules.create(last, committee.id, EvaluationRulesService.Start.valueOf(template.name()));
        evaluations.close(last, committee.id);
        PageParams best = new PageParams();
        best.page = 1;
        best.size = 3;
        List<EvaluationRow> top = queries.list(best, last, committee.id, null, null, null).items();
        LocalDate january = LocalDate.of(year, 1, AWARD_DAY);
        LocalDate awardedOn = clock.today().isBefore(january) ? clock.today() : january;
        for (EvaluationRow row : top) {
            awards.create(new AwardFields(committee.id, row.memberId(), last, last + "年度优秀政协委员", awardedOn,
                    "经主席会议研究决定，按" + last + "年度委员履职考评结果评出"));
        }
        steps(committee, year);
        evaluations.compute(year, committee.id);
    }

    /** This year's adjustments and objections, written as the office and the members would have, days apart. */
    private void steps(CommitteeEntity committee, int year) {
        String prefix = DemoAccounts.prefix(committee);
        AccountEntity account = AccountEntity.find("username", prefix + "-member").firstResult();
        List<MemberEntity> others = MemberEntity.list("committee = ?1 and group is not null order by id", committee);
        // Early in January the year has nothing to object to yet.
        if (account == null || account.member == null || others.isEmpty() || clock.today().getDayOfYear() < 15) {
            return;
        }
        Instant now = clock.now();
        String office = prefix + "-office";
        MemberEntity member = account.member;
        EvaluationObjectionEntity upheld = objection(committee, year, member, EvaluationObjectionItem.DUTY_DONE,
                "本年度在联系平台轮值两次，明细中只计了一次，请核实", now.minus(Duration.ofDays(9)), account.username);
        answer(upheld, EvaluationObjectionStatus.UPHELD, "经核实，您的一次轮值记录漏录，已补加 3 分", office,
                now.minus(Duration.ofDays(7)));
        adjustment(committee, year, member, new BigDecimal("3"), upheld.answer, upheld.id, office,
                now.minus(Duration.ofDays(7)));
        EvaluationObjectionEntity rejected = objection(committee, year, member, EvaluationObjectionItem.PEOPLE_RECEIVED,
                "接待群众的人次少算了", now.minus(Duration.ofDays(6)), account.username);
        answer(rejected, EvaluationObjectionStatus.REJECTED, "接待走访的人次以签到表为准，已全部计入，无误", office,
                now.minus(Duration.ofDays(5)));
        adjustment(committee, year, others.get(0), new BigDecimal("2"), "撰写的调研报告获市领导批示，经主席会议研究加分",
                null, office, now.minus(Duration.ofDays(4)));
        objection(committee, year, member, EvaluationObjectionItem.OPINION_SUBMITTED,
                "6月反映的社情民意已被采用，明细中没有计入被采用的分值", now.minus(Duration.ofDays(2)), account.username);
    }

    private static EvaluationObjectionEntity objection(CommitteeEntity committee, int year, MemberEntity member,
            EvaluationObjectionItem item, String reason, Instant at, String by) {
        EvaluationObjectionEntity objection = new EvaluationObjectionEntity();
        objection.committee = committee;
        objection.member = member;
        objection.year = (short) year;
        objection.item = item;
        objection.reason = reason;
        objection.status = EvaluationObjectionStatus.OPEN;
        objection.filedBy = by;
        objection.filedAt = at;
        objection.persist();
        return objection;
    }

    private static void answer(EvaluationObjectionEntity objection, EvaluationObjectionStatus status, String answer,
            String by, Instant at) {
        objection.status = status;
        objection.answer = answer;
        objection.answeredBy = by;
        objection.answeredAt = at;
    }

    private static void adjustment(CommitteeEntity committee, int year, MemberEntity member, BigDecimal amount,
            String reason, Long objectionId, String by, Instant at) {
        EvaluationAdjustmentEntity adjustment = new EvaluationAdjustmentEntity();
        adjustment.committee = committee;
        adjustment.member = member;
        adjustment.year = (short) year;
        adjustment.amount = amount;
        adjustment.reason = reason;
        adjustment.objectionId = objectionId;
        adjustment.createdBy = by;
        adjustment.madeAt = at;
        adjustment.persist();
    }
}
