package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.Caller;
import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.FieldChecks;
import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.ProblemType;
import cn.cppcc.liaison.kernel.Role;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads a year's stored table: the list, a member's breakdown, the groups and the members to talk to. */
@ApplicationScoped
public class EvaluationQueries {

    private static final Map<String, String> SORTS = Map.of(
            "-score", "score desc, member_id", "score", "score, member_id",
            "name", "member_name, member_id", "-name", "member_name desc, member_id",
            "memberId", "member_id", "-memberId", "member_id desc");

    @Inject
    EvaluationScope scope;

    @Inject
    CallerContext callerContext;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    public EvaluationPage list(PageParams page, Integer year, Long committeeId, Long groupId, Long sectorId,
            List<EvaluationRating> ratings) {
        Selection selection = select(page.sort, year, committeeId, groupId, sectorId, ratings);
        if (selection.evaluation() == null) {
            return new EvaluationPage(List.of(), page.page, page.size, 0, EvaluationYear.NOT_COMPUTED, null);
        }
        long total = EvaluationScores.count(em, selection.evaluation().id, selection.filters());
        return new EvaluationPage(selection.rows(em, (page.page - 1) * page.size, page.size), page.page, page.size,
                total, selection.evaluation().status, selection.evaluation().computedAt);
    }

    /** Every row the list gives for the same filters and order, on one sheet: what the XLSX download holds. */
    public EvaluationXlsx.Table table(String sort, Integer year, Long committeeId, Long groupId, Long sectorId,
            List<EvaluationRating> ratings) {
        Selection selection = select(sort, year, committeeId, groupId, sectorId, ratings);
        EvaluationYearEntity evaluation = selection.evaluation();
        return new EvaluationXlsx.Table(selection.committee().name, year,
                evaluation == null ? EvaluationYear.NOT_COMPUTED : evaluation.status,
                evaluation == null ? null : evaluation.asOf, selection.anonymous(),
                evaluation == null ? List.of() : selection.rows(em, 0, Integer.MAX_VALUE));
    }

    /** The rows a caller asked for: the year's stored table, its filters within the caller's reach, its order. */
    private record Selection(CommitteeEntity committee, EvaluationYearEntity evaluation,
            EvaluationScores.Filters filters, String orderBy, boolean anonymous) {

        List<EvaluationRow> rows(EntityManager em, int offset, int limit) {
            List<EvaluationRow> rows = EvaluationScores.page(em, evaluation.id, filters, orderBy, offset, limit);
            return anonymous ? rows.stream().map(EvaluationRow::anonymous).toList() : rows;
        }
    }

    private Selection select(String sort, Integer year, Long committeeId, Long groupId, Long sectorId,
            List<EvaluationRating> ratings) {
        String orderBy = SORTS.get(sort == null ? "-score" : sort);
        new FieldChecks().check(year == null, "year", "请给出年度（year），如 year=2025")
                .check(orderBy == null, "sort", "不能按“" + sort + "”排序；可用：-score、score、name、-name、memberId、-memberId")
                .done();
        CommitteeEntity committee = scope.committee(committeeId);
        Caller caller = callerContext.get();
        boolean anonymous = caller.role() == Role.REPORTER;
        if (anonymous && sort != null && (sort.endsWith("name") || sort.endsWith("memberId"))) {
            throw new ApiProblem(ProblemType.FORBIDDEN, "统计报送账号看不到委员的姓名和编号，不能按它们排序；可按得分（score、-score）排序");
        }
        Long group = groupId;
        if (caller.role().leadsGroup()) {
            if (groupId != null && !groupId.equals(caller.groupId())) {
                throw new ApiProblem(ProblemType.FORBIDDEN, caller.role().label + "只能查看本活动组委员的考评结果");
            }
            group = caller.groupId() == null ? -1L : caller.groupId();
        }
        return new Selection(committee, EvaluationYearEntity.of(committee.id, year),
                new EvaluationScores.Filters(group, sectorId, ratings), orderBy, anonymous);
    }

    public MemberEvaluation member(int year, long memberId, Long committeeId) {
        CommitteeEntity committee = scope.committee(committeeId);
        EvaluationYearEntity evaluation = EvaluationYearEntity.of(committee.id, year);
        EvaluationRow row = evaluation == null ? null : EvaluationScores.row(em, evaluation.id, memberId);
        if (row == null) {
            throw new ApiProblem(ProblemType.NOT_FOUND, "委员 " + memberId + " 没有 " + year
                    + " 年的考评结果（尚未计算，或该委员不在该政协、当年不在任）");
        }
        Caller caller = callerContext.get();
        if (!caller.seesPersonalDataOf(memberId, row.groupId())) {
            throw new ApiProblem(ProblemType.FORBIDDEN, caller.role() == Role.MEMBER ? "委员只能查看本人的考评明细"
                    : caller.role().label + "只能查看本活动组委员的考评明细");
        }
        Breakdown b = read(EvaluationScores.breakdown(em, evaluation.id, memberId));
        return new MemberEvaluation(memberId, row.memberName(), row.sectorName(), row.groupId(), row.groupName(), year,
                evaluation.status, b.baseScore(), b.score(), b.maxScoreApplied(), b.rating(), b.ratingLimited(),
                b.activeFrom(), b.activeTo(), b.activeMonths(), b.prorated(), b.lines(), b.adjustmentsOrNone(),
                b.adjustmentOrZero(), b.minimum(), b.minimumMet(), evaluation.computedAt, evaluation.asOf);
    }

    String committeeName(Long committeeId) {
        return scope.committee(committeeId).name;
    }

    public List<GroupEvaluation> groups(int year, Long committeeId) {
        CommitteeEntity committee = scope.committee(committeeId);
        EvaluationYearEntity evaluation = EvaluationYearEntity.of(committee.id, year);
        if (evaluation == null) {
            return List.of();
        }
        List<GroupEvaluation> groups = new ArrayList<>(EvaluationScores.groups(em, evaluation.id));
        groups.sort(Comparator.comparing(GroupEvaluation::average).reversed()
                .thenComparing(g -> g.groupId() == null ? Long.MAX_VALUE : g.groupId()));
        return groups;
    }

    public List<InactiveMember> inactive(int year, Long committeeId) {
        CommitteeEntity committee = scope.committee(committeeId);
        Caller caller = callerContext.get();
        EvaluationYearEntity evaluation = EvaluationYearEntity.of(committee.id, year);
        if (evaluation == null) {
            return List.of();
        }
        EvaluationYearEntity previous = EvaluationYearEntity.of(committee.id, year - 1);
        Map<Long, EvaluationRating> before = previous == null ? Map.of() : EvaluationScores.ratings(em, previous.id);
        List<InactiveMember> found = new ArrayList<>();
        for (EvaluationRow row : EvaluationScores.all(em, evaluation.id)) {
            if (caller.role().leadsGroup() && !Objects.equals(caller.groupId(), row.groupId())) {
                continue;
            }
            List<InactiveMember.Reason> reasons = new ArrayList<>();
            if (row.workItems() == 0) {
                reasons.add(InactiveMember.Reason.NO_WORK);
            }
            if (!row.minimumMet()) {
                reasons.add(InactiveMember.Reason.BELOW_MINIMUM);
            }
            EvaluationRating last = before.get(row.memberId());
            if (row.rating() == EvaluationRating.INCOMPETENT) {
                reasons.add(InactiveMember.Reason.UNQUALIFIED);
                if (last == EvaluationRating.INCOMPETENT) {
                    reasons.add(InactiveMember.Reason.UNQUALIFIED_TWICE);
                }
            }
            if (!reasons.isEmpty()) {
                found.add(new InactiveMember(row.memberId(), row.memberName(), row.groupId(), row.groupName(), reasons,
                        row.score(), row.rating(), last, row.workItems()));
            }
        }
        return found;
    }

    private Breakdown read(String breakdown) {
        try {
            return json.readValue(breakdown, Breakdown.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored breakdown cannot be read", e);
        }
    }
}
