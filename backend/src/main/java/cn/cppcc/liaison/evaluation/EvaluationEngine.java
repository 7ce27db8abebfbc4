package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.kernel.work.MemberWork;
import cn.cppcc.liaison.kernel.work.WorkKind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores one member's year by a rule set: pure arithmetic over the work the features reported, no database.
 * Points are exact (a co-signer's share of a third stays a third) until each kind's total is capped and rounded
 * half up to one decimal; the score is the base plus those totals plus the office's adjustments, never below 0 nor
 * above the maximum.
 */
public final class EvaluationEngine {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private EvaluationEngine() {
    }

    /** The months and days a member was in office during the year; {@code months} prorates the minimum. */
    public record Tenure(LocalDate from, LocalDate to, int months) {
    }

    public static Breakdown score(EvaluationRulesFields rules, List<MemberWork> work, Tenure tenure) {
        return score(rules, work, tenure, List.of());
    }

    /** The score with the office's adjustments (加减分) added after the kinds' totals, before the floor and maximum. */
    public static Breakdown score(EvaluationRulesFields rules, List<MemberWork> work, Tenure tenure,
            List<Breakdown.Adjustment> adjustments) {
        Map<WorkKind, List<MemberWork>> byKind = new EnumMap<>(WorkKind.class);
        for (MemberWork item : work) {
            byKind.computeIfAbsent(item.kind(), k -> new ArrayList<>()).add(item);
        }
        List<Breakdown.Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (EvaluationItemKind kind : EvaluationItemKind.values()) {
            Breakdown.Line line = line(rules, kind, byKind);
            if (line != null) {
                lines.add(line);
                total = total.add(line.points());
            }
        }
        BigDecimal adjustment = adjustments.stream().map(Breakdown.Adjustment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal score = rules.baseScore().add(total).add(adjustment).max(BigDecimal.ZERO);
        boolean maxApplied = rules.maxScore() != null && score.compareTo(rules.maxScore()) > 0;
        if (maxApplied) {
            score = rules.maxScore();
        }
        score = tenth(score);
        List<Breakdown.MinimumCheck> minimum = new ArrayList<>();
        boolean met = true;
        for (EvaluationRulesFields.Minimum m : rules.minimum()) {
            int required = prorated(m.count(), tenure.months());
            int done = byKind.getOrDefault(m.kind(), List.of()).size();
            minimum.add(new Breakdown.MinimumCheck(m.kind(), m.kind().label, m.count(), required, done, done >= required));
            met &= done >= required;
        }
        EvaluationRating rating = rules.ratings().rate(score);
        EvaluationRating limited = met ? rating : rating.atMost(rules.belowMinimumRating());
        int workItems = (int) work.stream().filter(w -> w.kind().isWork()).count();
        return new Breakdown(rules.baseScore(), score, maxApplied, limited, limited != rating, tenure.from(),
                tenure.to(), tenure.months(), tenure.months() < 12, lines, minimum, met, workItems, List.copyOf(adjustments),
                tenth(adjustment));
    }

    /** A minimum of {@code count} a year over {@code months} in office, rounded half up: 1 over 6 months is 1, over 5 is 0. */
    static int prorated(int count, int months) {
        if (months >= 12) {
            return count;
        }
        return BigDecimal.valueOf((long) count * months).divide(TWELVE, 0, RoundingMode.HALF_UP).intValueExact();
    }

    private static Breakdown.Line line(EvaluationRulesFields rules, EvaluationItemKind kind,
            Map<WorkKind, List<MemberWork>> byKind) {
        EvaluationRulesFields.Item rule = rules.rule(kind);
        if (kind == EvaluationItemKind.PEOPLE_RECEIVED) {
            if (rule == null) {
                return null;
            }
            List<MemberWork> visits = byKind.getOrDefault(WorkKind.VISIT, List.of());
            int people = visits.stream().mapToInt(MemberWork::amount).sum();
            int per = rule.per() == null ? 1 : rule.per();
            BigDecimal raw = rule.points().multiply(BigDecimal.valueOf(people / per));
            return capped(kind, people, rule, raw, List.of());
        }
        boolean shared = rules.proposalLeadShare() != null && isProposal(kind);
        if (rule == null && !(shared && kind == EvaluationItemKind.PROPOSAL_COSIGNED)) {
            return null;
        }
        List<MemberWork> items = byKind.getOrDefault(kind.work(), List.of());
        List<Breakdown.Entry> entries = new ArrayList<>(items.size());
        BigDecimal raw = BigDecimal.ZERO;
        for (MemberWork item : items) {
            BigDecimal points = shared ? share(rules, item) : rule.points();
            raw = raw.add(points);
            entries.add(new Breakdown.Entry(item.recordType(), item.recordId(), item.date(), item.title(),
                    plain(points.setScale(4, RoundingMode.HALF_UP)),
                    item.amount() == 0 ? null : item.amount(), item.detail()));
        }
        if (shared && kind == EvaluationItemKind.PROPOSAL_COSIGNED && items.isEmpty() && rule == null) {
            return null;
        }
        return capped(kind, items.size(), rule, raw, entries);
    }

    private static boolean isProposal(EvaluationItemKind kind) {
        return kind == EvaluationItemKind.PROPOSAL_LED || kind == EvaluationItemKind.PROPOSAL_COSIGNED
                || kind == EvaluationItemKind.PROPOSAL_ACCEPTED;
    }

    /**
     * A member's share of a proposal's points when the rules split them: a proposal's value is the points of
     * leading one (or of its acceptance, 立案); the lead takes {@code proposalLeadShare} percent of it and the
     * co-signers the rest in equal parts; a proposal with no co-signer is all the lead's.
     */
    private static BigDecimal share(EvaluationRulesFields rules, MemberWork item) {
        EvaluationRulesFields.Item value = rules.rule(item.kind() == WorkKind.PROPOSAL_ACCEPTED
                ? EvaluationItemKind.PROPOSAL_ACCEPTED : EvaluationItemKind.PROPOSAL_LED);
        if (value == null) {
            return BigDecimal.ZERO;
        }
        if (item.coSigners() == 0) {
            return item.lead() ? value.points() : BigDecimal.ZERO;
        }
        BigDecimal lead = BigDecimal.valueOf(rules.proposalLeadShare());
        if (item.lead()) {
            return value.points().multiply(lead).divide(HUNDRED, MathContext.DECIMAL64);
        }
        return value.points().multiply(HUNDRED.subtract(lead))
                .divide(HUNDRED.multiply(BigDecimal.valueOf(item.coSigners())), MathContext.DECIMAL64);
    }

    private static Breakdown.Line capped(EvaluationItemKind kind, int count, EvaluationRulesFields.Item rule,
            BigDecimal raw, List<Breakdown.Entry> entries) {
        BigDecimal cap = rule == null ? null : rule.cap();
        boolean capped = cap != null && raw.abs().compareTo(cap) > 0;
        BigDecimal points = capped ? (raw.signum() < 0 ? cap.negate() : cap) : raw;
        return new Breakdown.Line(kind, kind.label(), count, rule == null ? null : rule.points(),
                rule == null ? null : rule.per(), cap, plain(raw), tenth(points), capped, entries);
    }

    /** Without trailing zeros, and never in exponent form (60, not 6E+1). */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** One decimal, rounded half up (2.25 → 2.3, -2.25 → -2.3). */
    static BigDecimal tenth(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP);
    }
}
