package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.Caller;
import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.FieldChecks;
import cn.cppcc.liaison.kernel.Filter;
import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.PageResult;
import cn.cppcc.liaison.kernel.ProblemType;
import cn.cppcc.liaison.member.MemberEntity;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 反馈/申诉: a member objects to an item of their own breakdown while the year is open; the office upholds the
 * objection with an adjustment (the year is scored again) or rejects it with a reason; the member reads the answer.
 */
@ApplicationScoped
public class EvaluationObjectionService {

    private static final Map<String, String> ORDERS = Map.of(
            "status", "(case when e.answeredAt is null then 0 else 1 end), e.filedAt desc, e.id desc",
            "-filedAt", "e.filedAt desc, e.id desc", "filedAt", "e.filedAt, e.id");

    @Inject
    CallerContext callerContext;

    @Inject
    EvaluationScope scope;

    @Inject
    EvaluationAdjustmentService adjustments;

    @Inject
    EvaluationService evaluations;

    @Inject
    OfficeClock clock;

    public PageResult<EvaluationObjection> list(PageParams page, Integer year, Long committeeId,
            EvaluationObjectionStatus status, Long memberId) {
        String order = ORDERS.get(page.sort == null ? "status" : page.sort);
        new FieldChecks().check(year == null, "year", "请给出年度（year），如 year=2025")
                .check(order == null, "sort", "不能按“" + page.sort + "”排序；可用：status、-filedAt、filedAt").done();
        CommitteeEntity committee = scope.committee(committeeId);
        Filter filter = EvaluationSteps.readable(new Filter().equal("e.committee.id", "committeeId", committee.id)
                .where("e.year = :year", "year", year.shortValue())
                .equal("e.status", "status", status)
                .equal("e.member.id", "memberId", memberId), callerContext.get(), "e.member");
        long total = page.total(() -> EvaluationObjectionEntity.count(
                "from EvaluationObjectionEntity e where " + filter.query(), filter.parameters()));
        List<EvaluationObjectionEntity> found = EvaluationObjectionEntity.<EvaluationObjectionEntity>find(
                "from EvaluationObjectionEntity e join fetch e.member where " + filter.query() + " order by " + order,
                filter.parameters()).page(Page.of(page.page - 1, page.size)).list();
        Map<Long, EvaluationAdjustmentEntity> upheld = found.isEmpty() ? Map.of()
                : EvaluationAdjustmentEntity.<EvaluationAdjustmentEntity>list("objectionId in ?1",
                        found.stream().map(o -> o.id).toList()).stream()
                        .collect(Collectors.toMap(a -> a.objectionId, Function.identity()));
        return new PageResult<>(found.stream().map(o -> EvaluationObjection.of(o, upheld.get(o.id))).toList(),
                page.page, page.size, total);
    }

    public EvaluationObjection get(long id) {
        EvaluationObjectionEntity objection = callerContext.visible(EvaluationObjectionEntity.findById(id), "考评申诉", id);
        EvaluationSteps.requireReadable(callerContext.get(), objection.member, "考评申诉");
        return model(objection);
    }

    @Transactional
    public EvaluationObjection create(EvaluationObjectionFields fields) {
        Caller caller = callerContext.get();
        if (caller.memberId() == null) {
            throw new ApiProblem(ProblemType.FORBIDDEN, "该账号没有绑定委员，不能提出考评申诉；申诉由委员本人对自己的考评提出");
        }
        MemberEntity member = MemberEntity.findById(caller.memberId());
        CommitteeEntity committee = member.committee;
        int year = scope.year(fields.year());
        EvaluationRulesService.lockYear(committee.id, year);
        EvaluationYearEntity evaluation = EvaluationYearEntity.of(committee.id, year);
        if (evaluation == null) {
            throw new ApiProblem(ProblemType.ILLEGAL_STATE, year + " 年的考评还没有计算，还没有可以申诉的明细");
        }
        if (evaluation.closed()) {
            throw new ApiProblem(ProblemType.ILLEGAL_STATE, year + " 年的考评已经关闭，结果已冻结公布，不能再提出申诉；"
                    + "如有重大错漏，请联系委员工作处");
        }
        if (EvaluationScores.row(EvaluationYearEntity.getEntityManager(), evaluation.id, member.id) == null) {
            throw new ApiProblem(ProblemType.ILLEGAL_STATE, "您没有 " + year + " 年的考评结果（当年不在任），无需申诉");
        }
        if (EvaluationObjectionEntity.count("member.id = ?1 and year = ?2 and item = ?3 and status = ?4", member.id,
                (short) year, fields.item(), EvaluationObjectionStatus.OPEN) > 0) {
            throw ApiProblem.duplicate("item", "您对“" + fields.item().label() + "”的申诉还在等待答复，答复后才能再提出");
        }
        EvaluationObjectionEntity objection = new EvaluationObjectionEntity();
        objection.committee = committee;
        objection.member = member;
        objection.year = (short) year;
        objection.item = fields.item();
        objection.reason = fields.reason().strip();
        objection.status = EvaluationObjectionStatus.OPEN;
        objection.filedBy = caller.name();
        objection.filedAt = clock.now();
        objection.persistAndFlush();
        return model(objection);
    }

    @Transactional
    public EvaluationObjection answer(long id, EvaluationObjectionAnswer answer) {
        EvaluationObjectionEntity objection = callerContext.visible(EvaluationObjectionEntity.findById(id), "考评申诉", id);
        boolean uphold = answer.decision() == EvaluationObjectionAnswer.Decision.UPHOLD;
        FieldChecks checks = new FieldChecks()
                .check(uphold && answer.amount() == null, "amount", "支持申诉时须给出加减分（amount），如补加 3 分为 3")
                .check(!uphold && answer.amount() != null, "amount", "不支持申诉时不加减分，请去掉 amount");
        String amount = uphold ? EvaluationSteps.amountProblem(answer.amount()) : null;
        checks.check(amount != null, "amount", amount).done();
        CommitteeEntity committee = objection.committee;
        int year = objection.year;
        EvaluationRulesService.lockYear(committee.id, year);
        EvaluationObjectionEntity.getEntityManager().refresh(objection);
        if (objection.status != EvaluationObjectionStatus.OPEN) {
            throw new ApiProblem(ProblemType.ILLEGAL_STATE, "这件申诉已经答复（" + (objection.status
                    == EvaluationObjectionStatus.UPHELD ? "已支持" : "不予支持") + "，" + objection.answeredBy + "）");
        }
        EvaluationRulesService.requireOpen(committee.id, year, "不能再答复申诉");
        objection.status = uphold ? EvaluationObjectionStatus.UPHELD : EvaluationObjectionStatus.REJECTED;
        objection.answer = answer.answer().strip();
        objection.answeredBy = callerContext.get().name();
        objection.answeredAt = clock.now();
        objection.persistAndFlush();
        EvaluationAdjustmentEntity adjustment = null;
        if (uphold) {
            adjustment = adjustments.store(committee, objection.member, year, answer.amount(), objection.answer,
                    objection.id);
            evaluations.recompute(committee, year);
        }
        return EvaluationObjection.of(objection, adjustment);
    }

    private static EvaluationObjection model(EvaluationObjectionEntity objection) {
        return EvaluationObjection.of(objection, objection.status == EvaluationObjectionStatus.UPHELD
                ? EvaluationAdjustmentEntity.find("objectionId", objection.id).firstResult() : null);
    }
}
