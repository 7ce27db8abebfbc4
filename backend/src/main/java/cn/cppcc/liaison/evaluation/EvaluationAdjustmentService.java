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
import cn.cppcc.liaison.kernel.Sorting;
import cn.cppcc.liaison.member.MemberEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Map;

/**
 * 加减分: the office adds points to or takes them from a member's year, each with its reason. The year's table is
 * scored again at once when it has been computed; a closed year takes none.
 */
@ApplicationScoped
public class EvaluationAdjustmentService {

    private static final Map<String, String> SORTABLE = Map.of("madeAt", "madeAt", "amount", "amount");

    @Inject
    CallerContext callerContext;

    @Inject
    EvaluationScope scope;

    @Inject
    EvaluationService evaluations;

    @Inject
    OfficeClock clock;

    public PageResult<EvaluationAdjustment> list(PageParams page, Integer year, Long committeeId, Long memberId) {
        new FieldChecks().check(year == null, "year", "请给出年度（year），如 year=2025")
                .check(page.sort != null && !SORTABLE.containsKey(page.sort.replaceFirst("^-", "")), "sort",
                        "可用的排序：-madeAt、madeAt、-amount、amount").done();
        CommitteeEntity committee = scope.committee(committeeId);
        Filter filter = EvaluationSteps.readable(new Filter().equal("committee.id", "committeeId", committee.id)
                .where("year = :year", "year", year.shortValue())
                .equal("member.id", "memberId", memberId), callerContext.get(), "member");
        return PageResult.of(EvaluationAdjustmentEntity.find(filter.query(),
                Sorting.parseTiedById(page.sort, SORTABLE, "-madeAt", null),
                filter.parameters()), page, EvaluationAdjustment::of);
    }

    public EvaluationAdjustment get(long id) {
        EvaluationAdjustmentEntity adjustment = callerContext.visible(EvaluationAdjustmentEntity.findById(id), "加减分", id);
        EvaluationSteps.requireReadable(callerContext.get(), adjustment.member, "加减分");
        return EvaluationAdjustment.of(adjustment);
    }

    @Transactional
    public EvaluationAdjustment create(EvaluationAdjustmentFields fields) {
        Caller caller = callerContext.get();
        FieldChecks checks = new FieldChecks()
                .check(fields.year() > clock.year(), "year", "年度 " + fields.year() + " 还没有开始（今年是 " + clock.year() + " 年）");
        String amount = EvaluationSteps.amountProblem(fields.amount());
        checks.check(amount != null, "amount", amount);
        MemberEntity member = checks.read(() -> caller.referenced(MemberEntity.<MemberEntity>findById(fields.memberId()),
                m -> m.committee.id, "memberId", "委员", fields.memberId()));
        checks.done();
        CommitteeEntity committee = member.committee;
        int year = fields.year();
        EvaluationRulesService.lockYear(committee.id, year);
        EvaluationRulesService.requireOpen(committee.id, year, "不能再加减分");
        EvaluationYearEntity evaluation = EvaluationYearEntity.of(committee.id, year);
        if (evaluation != null && EvaluationScores.row(EvaluationYearEntity.getEntityManager(), evaluation.id,
                member.id) == null) {
            throw ApiProblem.invalid("memberId", "委员" + member.name + "没有 " + year + " 年的考评结果（当年不在任），不能加减分");
        }
        EvaluationAdjustmentEntity adjustment = store(committee, member, year, fields.amount(), fields.reason(), null);
        evaluations.recompute(committee, year);
        return EvaluationAdjustment.of(adjustment);
    }

    /** Records an adjustment, its amount to one decimal; the caller holds the year's lock. */
    EvaluationAdjustmentEntity store(CommitteeEntity committee, MemberEntity member, int year, BigDecimal amount,
            String reason, Long objectionId) {
        EvaluationAdjustmentEntity adjustment = new EvaluationAdjustmentEntity();
        adjustment.committee = committee;
        adjustment.member = member;
        adjustment.year = (short) year;
        adjustment.amount = EvaluationEngine.tenth(amount);
        adjustment.reason = reason.strip();
        adjustment.objectionId = objectionId;
        adjustment.createdBy = callerContext.get().name();
        adjustment.madeAt = clock.now();
        adjustment.persistAndFlush();
        return adjustment;
    }

    @Transactional
    public void delete(long id) {
        EvaluationAdjustmentEntity adjustment = callerContext.visible(EvaluationAdjustmentEntity.findById(id), "加减分", id);
        CommitteeEntity committee = adjustment.committee;
        int year = adjustment.year;
        EvaluationRulesService.lockYear(committee.id, year);
        EvaluationRulesService.requireOpen(committee.id, year, "不能再撤销加减分");
        if (adjustment.objectionId != null) {
            throw new ApiProblem(ProblemType.ILLEGAL_STATE, "这项加减分是支持委员申诉（编号 " + adjustment.objectionId
                    + "）时记的，随申诉的答复保留，不能单独撤销；如有误，请另记一项相反的加减分并说明原因");
        }
        adjustment.delete();
        EvaluationAdjustmentEntity.flush();
        evaluations.recompute(committee, year);
    }
}
