package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.ProblemType;
import cn.cppcc.liaison.kernel.report.CustomPlans;
import cn.cppcc.liaison.kernel.work.MemberWork;
import cn.cppcc.liaison.kernel.work.MemberWorkQuery;
import cn.cppcc.liaison.member.MemberEntity;
import cn.cppcc.liaison.member.MemberTerms;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * 一年一考评: scores every member of a committee from the work the features report, stores the table with each
 * member's breakdown, and closes a year by publishing the table as a canonical CSV with its SHA-256.
 */
@ApplicationScoped
public class EvaluationService {

    @Inject
    EvaluationScope scope;

    @Inject
    EvaluationRulesService rules;

    @Inject
    CallerContext callerContext;

    @Inject
    OfficeClock clock;

    @Inject
    Event<MemberWorkQuery> work;

    @Inject
    ObjectMapper json;

    public EvaluationYear get(int year, Long committeeId) {
        CommitteeEntity committee = scope.committee(committeeId);
        return model(committee.id, year, EvaluationYearEntity.of(committee.id, year));
    }

    @Transactional
    public EvaluationYear compute(int year, Long committeeId) {
        CustomPlans.forThisTransaction(CommitteeEntity.getEntityManager());
        CommitteeEntity committee = scope.committee(committeeId);
        scope.year(year);
        EvaluationRulesService.lockYear(committee.id, year);
        EvaluationYearEntity evaluation = EvaluationYearEntity.of(committee.id, year);
        if (evaluation != null && evaluation.closed()) {
            throw new ApiProblem(ProblemType.ILLEGAL_STATE, year + " 年的考评已经关闭，结果已冻结，不能重新计算；"
                    + "如确需更改，请系统管理员说明原因后重新打开该年度");
        }
        evaluation = computeInto(committee, year, evaluation);
        return model(committee.id, year, evaluation);
    }

    @Transactional
    public EvaluationYear close(int year, Long committeeId) {
        CommitteeEntity committee = scope.committee(committeeId);
        scope.year(year);
        if (year >= clock.year()) {
            throw new ApiProblem(ProblemType.ILLEGAL_STATE, year + " 年还没有结束，不能关闭该年度的考评；"
                    + "可以随时计算，看到目前的结果");
        }
        EvaluationRulesService.lockYear(committee.id, year);
        EvaluationYearEntity evaluation = EvaluationYearEntity.of(committee.id, year);
        if (evaluation != null && evaluation.closed()) {
            throw new ApiProblem(ProblemType.ILLEGAL_STATE, year + " 年的考评已经关闭（结果表 SHA-256 "
                    + evaluation.sha256 + "）");
        }
        long open = EvaluationObjectionEntity.count("committee.id = ?1 and year = ?2 and status = ?3", committee.id,
                (short) year, EvaluationObjectionStatus.OPEN);
        if (open > 0) {
            throw new ApiProblem(ProblemType.ILLEGAL_STATE, year + " 年还有 " + open + " 件考评申诉没有答复，"
                    + "请先答复（支持并加减分，或说明不予支持的理由），再关闭该年度");
        }
        evaluation = computeInto(committee, year, evaluation);
        String csv = EvaluationTable.csv(EvaluationScores.all(EvaluationYearEntity.getEntityManager(), evaluation.id));
        evaluation.status = EvaluationYearEntity.CLOSED;
        evaluation.closedAt = clock.now();
        evaluation.closedBy = callerContext.get().name();
        evaluation.publishedCsv = csv;
        evaluation.sha256 = sha256(csv);
        EvaluationYearEntity.flush();
        return model(committee.id, year, evaluation);
    }

    @Transactional
    public EvaluationYear reopen(int year, Long committeeId, String reason) {
        CommitteeEntity committee = scope.committee(committeeId);
        EvaluationRulesService.lockYear(committee.id, year);
        EvaluationYearEntity evaluation = EvaluationYearEntity.of(committee.id, year);
        if (evaluation == null || !evaluation.closed()) {
            throw new ApiProblem(ProblemType.ILLEGAL_STATE, year + " 年的考评没有关闭，无需重新打开");
        }
        EvaluationReopeningEntity reopening = new EvaluationReopeningEntity();
        reopening.evaluationYearId = evaluation.id;
        reopening.at = clock.now();
        reopening.by = callerContext.get().name();
        reopening.reason = reason.strip();
        reopening.sha256 = evaluation.sha256;
        reopening.persist();
        evaluation.status = EvaluationYearEntity.OPEN;
        evaluation.closedAt = null;
        evaluation.closedBy = null;
        evaluation.sha256 = null;
        evaluation.publishedCsv = null;
        EvaluationYearEntity.flush();
        return model(committee.id, year, evaluation);
    }

    /** The published table of a closed year: its exact bytes, whose SHA-256 the year states. */
    public EvaluationTable.Published table(int year, Long committeeId) {
        CommitteeEntity committee = scope.committee(committeeId);
        EvaluationYearEntity evaluation = EvaluationYearEntity.of(committee.id, year);
        if (evaluation == null || !evaluation.closed()) {
            throw new ApiProblem(ProblemType.ILLEGAL_STATE, year + " 年的考评还没有关闭，结果表尚未公布；"
                    + "关闭后才有冻结的结果表和它的 SHA-256");
        }
        return new EvaluationTable.Published(committee.id, year,
                evaluation.publishedCsv.getBytes(StandardCharsets.UTF_8), evaluation.sha256);
    }

    private EvaluationYearEntity computeInto(CommitteeEntity committee, int year, EvaluationYearEntity evaluation) {
        List<EvaluationScores.Stored> rows = new ArrayList<>();
        for (Scored scored : inputs(committee, year).score(rules.forComputing(committee, year))) {
            rows.add(new EvaluationScores.Stored(scored.memberId(), scored.name(), scored.sectorId(),
                    scored.sectorName(), scored.groupId(), scored.groupName(), scored.breakdown(),
                    write(scored.breakdown())));
        }
        if (evaluation == null) {
            evaluation = new EvaluationYearEntity();
            evaluation.committee = committee;
            evaluation.year = (short) year;
        }
        evaluation.status = EvaluationYearEntity.OPEN;
        evaluation.computedAt = clock.now();
        evaluation.computedBy = callerContext.get().name();
        evaluation.asOf = clock.today();
        evaluation.persistAndFlush();
        EvaluationScores.replace(EvaluationYearEntity.getEntityManager(), evaluation.id, rows);
        return evaluation;
    }

    /**
     * Scores the year again once an adjustment changed, when the year has been computed: the table always shows
     * the adjustments. The caller holds the year's lock and has checked that it is open.
     */
    void recompute(CommitteeEntity committee, int year) {
        EvaluationYearEntity evaluation = EvaluationYearEntity.of(committee.id, year);
        if (evaluation != null) {
            computeInto(committee, year, evaluation);
        }
    }

    /**
     * 试算: the table a draft rule set would give, beside the one the year's rules give, from the same records and
     * adjustments; nothing is stored.
     */
    @Transactional
    public EvaluationWhatIf whatIf(int year, Long committeeId, EvaluationRulesFields draft) {
        CustomPlans.forThisTransaction(CommitteeEntity.getEntityManager());
        CommitteeEntity committee = scope.committee(committeeId);
        scope.year(year);
        EvaluationRulesService.check(draft);
        EvaluationRulesEntity stored = EvaluationRulesEntity.of(committee.id, year);
        EvaluationRulesFields current = stored == null ? null : rules.read(stored);
        Inputs inputs = inputs(committee, year);
        List<Scored> drafted = inputs.score(draft);
        Map<Long, Breakdown> before = new HashMap<>();
        if (current != null) {
            inputs.score(current).forEach(s -> before.put(s.memberId(), s.breakdown()));
        }
        List<EvaluationWhatIf.Row> rows = new ArrayList<>();
        int changes = 0;
        for (Scored s : drafted) {
            Breakdown now = before.get(s.memberId());
            Breakdown b = s.breakdown();
            boolean changed = now != null && now.rating() != b.rating();
            changes += changed ? 1 : 0;
            rows.add(new EvaluationWhatIf.Row(s.memberId(), s.name(), s.sectorName(), s.groupId(), s.groupName(),
                    now == null ? null : now.score(), now == null ? null : now.rating(), b.score(), b.rating(),
                    b.minimumMet(), changed));
        }
        rows.sort(Comparator.comparing(EvaluationWhatIf.Row::score).reversed()
                .thenComparingLong(EvaluationWhatIf.Row::memberId));
        return new EvaluationWhatIf(committee.id, year, inputs.asOf(), rows.size(), changes,
                current == null ? null : EvaluationWhatIf.Figures.of(current.name(), before.values()),
                EvaluationWhatIf.Figures.of(draft.name(), drafted.stream().map(Scored::breakdown).toList()), rows);
    }

    /** One member scored: who, where, and the breakdown. */
    private record Scored(long memberId, String name, Long sectorId, String sectorName, Long groupId,
            String groupName, Breakdown breakdown) {
    }

    /** What a year is scored from: the members in office, their days in office, their work and adjustments. */
    private record Inputs(List<Object[]> members, Map<Long, List<MemberTerms.ActiveSpan>> spans,
            Map<Long, List<MemberWork>> work, Map<Long, List<Breakdown.Adjustment>> adjustments, LocalDate asOf) {

        List<Scored> score(EvaluationRulesFields ruleSet) {
            List<Scored> scored = new ArrayList<>();
            for (Object[] member : members) {
                long memberId = (Long) member[0];
                List<MemberTerms.ActiveSpan> active = spans.getOrDefault(memberId, List.of());
                if (active.isEmpty() || active.get(0).from().isAfter(asOf)) {
                    continue;
                }
                List<MemberWork> counted = work.getOrDefault(memberId, List.of()).stream()
                        .filter(w -> active.stream().anyMatch(s -> !w.date().isBefore(s.from())
                                && !w.date().isAfter(s.to())))
                        .sorted(EvaluationService::byDate).toList();
                EvaluationEngine.Tenure tenure = new EvaluationEngine.Tenure(active.get(0).from(),
                        active.get(active.size() - 1).to(), MemberTerms.months(active));
                Breakdown breakdown = EvaluationEngine.score(ruleSet, counted, tenure,
                        adjustments.getOrDefault(memberId, List.of()));
                scored.add(new Scored(memberId, (String) member[1], (Long) member[2], (String) member[3],
                        (Long) member[4], (String) member[5], breakdown));
            }
            return scored;
        }
    }

    private Inputs inputs(CommitteeEntity committee, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate today = clock.today();
        LocalDate asOf = last.isAfter(today) ? today : last;
        // Plain columns, not managed members: the flushes before each feature's query then have nothing to check.
        List<Object[]> members = MemberEntity.getEntityManager().createQuery("select m.id, m.name, s.id, s.name, g.id,"
                + " g.name from MemberEntity m join m.sector s left join m.group g where m.committee.id = :committee"
                + " order by m.id", Object[].class).setParameter("committee", committee.id).getResultList();
        Map<Long, List<MemberTerms.ActiveSpan>> spans = MemberTerms.activeSpans(committee.id, null, first, last);
        MemberWorkQuery query = new MemberWorkQuery(committee.id, null, first, asOf, today);
        work.fire(query);
        Map<Long, List<MemberWork>> byMember = new HashMap<>();
        for (MemberWork item : query.items()) {
            byMember.computeIfAbsent(item.memberId(), k -> new ArrayList<>()).add(item);
        }
        Map<Long, List<Breakdown.Adjustment>> adjustments = new HashMap<>();
        for (Object[] a : MemberEntity.getEntityManager().createQuery("select a.member.id, a.id, a.amount, a.reason,"
                + " a.objectionId, a.createdBy, a.madeAt from EvaluationAdjustmentEntity a"
                + " where a.committee.id = :committee and a.year = :year order by a.madeAt, a.id", Object[].class)
                .setParameter("committee", committee.id).setParameter("year", (short) year).getResultList()) {
            adjustments.computeIfAbsent((Long) a[0], k -> new ArrayList<>()).add(new Breakdown.Adjustment((Long) a[1],
                    EvaluationEngine.plain((BigDecimal) a[2]), (String) a[3], (Long) a[4], (String) a[5],
                    (Instant) a[6]));
        }
        return new Inputs(members, spans, byMember, adjustments, asOf);
    }

    private static int byDate(MemberWork a, MemberWork b) {
        int day = a.date().compareTo(b.date());
        return day != 0 ? day : Long.compare(a.recordId(), b.recordId());
    }

    EvaluationYear model(long committeeId, int year, EvaluationYearEntity evaluation) {
        Map<EvaluationRating, Integer> ratings = new EnumMap<>(EvaluationRating.class);
        for (EvaluationRating rating : EvaluationRating.values()) {
            ratings.put(rating, 0);
        }
        if (evaluation == null) {
            return new EvaluationYear(committeeId, year, EvaluationYear.NOT_COMPUTED, null, null, null, null, null,
                    null, 0, ratings, 0, 0, List.of());
        }
        Object[] f = EvaluationScores.figures(EvaluationYearEntity.getEntityManager(), evaluation.id);
        for (EvaluationRating rating : EvaluationRating.values()) {
            ratings.put(rating, ((Number) f[1 + rating.ordinal()]).intValue());
        }
        List<EvaluationYear.Reopening> reopenings = EvaluationReopeningEntity.of(evaluation.id).stream()
                .map(r -> new EvaluationYear.Reopening(r.at, r.by, r.reason, r.sha256)).toList();
        return new EvaluationYear(committeeId, year, evaluation.status, evaluation.computedAt, evaluation.computedBy,
                evaluation.asOf, evaluation.closedAt, evaluation.closedBy, evaluation.sha256,
                ((Number) f[0]).intValue(), ratings, ((Number) f[5]).intValue(), ((Number) f[6]).intValue(), reopenings);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private String write(Breakdown breakdown) {
        try {
            return json.writeValueAsString(breakdown);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a breakdown cannot be written", e);
        }
    }
}
