package cn.cppcc.liaison.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cppcc.liaison.kernel.work.MemberWork;
import cn.cppcc.liaison.kernel.work.WorkKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The engine's arithmetic on hand-built records whose answers are worked out by hand in each test. */
class EvaluationEngineTest {

    private static final EvaluationEngine.Tenure FULL_YEAR =
            new EvaluationEngine.Tenure(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 12);

    private static EvaluationRulesFields.Item item(EvaluationItemKind kind, String points, String cap) {
        return new EvaluationRulesFields.Item(kind, new BigDecimal(points), null, cap == null ? null : new BigDecimal(cap));
    }

    private static EvaluationRulesFields rules(List<EvaluationRulesFields.Item> items, Integer leadShare,
            List<EvaluationRulesFields.Minimum> minimum, EvaluationRating belowMinimum, String max) {
        return new EvaluationRulesFields("测试细则", new BigDecimal("60"), max == null ? null : new BigDecimal(max), items,
                leadShare, minimum, belowMinimum, new EvaluationRulesFields.Thresholds(new BigDecimal("85"),
                        new BigDecimal("60"), new BigDecimal("50")));
    }

    private static MemberWork work(WorkKind kind, int day) {
        return MemberWork.of(1, kind, LocalDate.of(2025, 1, 1).plusDays(day), "visits", 100 + day, "事项" + day, 0, null);
    }

    private static List<MemberWork> many(WorkKind kind, int count) {
        List<MemberWork> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(work(kind, i));
        }
        return items;
    }

    private static Breakdown.Line line(Breakdown b, EvaluationItemKind kind) {
        return b.lines().stream().filter(l -> l.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void aKindsPointsStopAtItsCapAndTheBreakdownSaysSo() {
        // 5 duty turns × 4 = 20, capped at 16: 60 + 16 = 76.
        Breakdown b = EvaluationEngine.score(rules(List.of(item(EvaluationItemKind.DUTY_DONE, "4", "16")), null,
                List.of(), null, null), many(WorkKind.DUTY_DONE, 5), FULL_YEAR);
        Breakdown.Line duty = line(b, EvaluationItemKind.DUTY_DONE);
        assertEquals(new BigDecimal("20"), duty.rawPoints());
        assertEquals(new BigDecimal("16.0"), duty.points());
        assertTrue(duty.capped());
        assertEquals(5, duty.entries().size());
        assertEquals(new BigDecimal("76.0"), b.score());
        assertEquals(EvaluationRating.COMPETENT, b.rating());
    }

    @Test
    void deductionsForMissedTurnsAndAbsencesAreCappedByTheirSize() {
        // Missed 4 × -5 = -20 capped at 15; unexcused 2 × -3 = -6; excused 3 × -1 = -3: 60 - 15 - 6 - 3 = 36.
        List<MemberWork> work = new ArrayList<>(many(WorkKind.DUTY_MISSED, 4));
        work.addAll(many(WorkKind.CONSULTATION_ABSENT, 2));
        work.addAll(many(WorkKind.CONSULTATION_EXCUSED, 3));
        Breakdown b = EvaluationEngine.score(rules(List.of(item(EvaluationItemKind.DUTY_MISSED, "-5", "15"),
                item(EvaluationItemKind.CONSULTATION_ABSENT, "-3", "12"),
                item(EvaluationItemKind.CONSULTATION_EXCUSED, "-1", null)), null, List.of(), null, null), work, FULL_YEAR);
        assertEquals(new BigDecimal("-15.0"), line(b, EvaluationItemKind.DUTY_MISSED).points());
        assertTrue(line(b, EvaluationItemKind.DUTY_MISSED).capped());
        assertEquals(new BigDecimal("-6.0"), line(b, EvaluationItemKind.CONSULTATION_ABSENT).points());
        assertFalse(line(b, EvaluationItemKind.CONSULTATION_ABSENT).capped());
        assertEquals(new BigDecimal("-3.0"), line(b, EvaluationItemKind.CONSULTATION_EXCUSED).points());
        assertEquals(new BigDecimal("36.0"), b.score());
        assertEquals(EvaluationRating.INCOMPETENT, b.rating());
        assertEquals(0, b.workItems(), "absences and missed turns are not work");
    }

    @Test
    void theScoreNeverFallsBelowZeroNorRisesAboveTheMaximum() {
        Breakdown low = EvaluationEngine.score(rules(List.of(item(EvaluationItemKind.DUTY_MISSED, "-50", null)), null,
                List.of(), null, null), many(WorkKind.DUTY_MISSED, 3), FULL_YEAR);
        assertEquals(new BigDecimal("0.0"), low.score());
        Breakdown high = EvaluationEngine.score(rules(List.of(item(EvaluationItemKind.VISIT, "10", null)), null,
                List.of(), null, "100"), many(WorkKind.VISIT, 6), FULL_YEAR);
        assertEquals(new BigDecimal("100.0"), high.score());
        assertTrue(high.maxScoreApplied());
    }

    @Test
    void adjustmentsAddAfterTheCapsAndTheScoreStillStaysWithinZeroAndTheMaximum() {
        // 3 visits × 10 capped at 20: 60 + 20 = 80; +12.5 and -2.5 make 90.0; +25 more would be 115, held at 100.
        EvaluationRulesFields rules = rules(List.of(item(EvaluationItemKind.VISIT, "10", "20")), null, List.of(), null,
                "100");
        Breakdown.Adjustment up = new Breakdown.Adjustment(1, new BigDecimal("12.5"), "调研报告获批示", null, "office",
                java.time.Instant.EPOCH);
        Breakdown.Adjustment down = new Breakdown.Adjustment(2, new BigDecimal("-2.5"), "漏报", 7L, "office",
                java.time.Instant.EPOCH);
        Breakdown b = EvaluationEngine.score(rules, many(WorkKind.VISIT, 3), FULL_YEAR, List.of(up, down));
        assertEquals(new BigDecimal("90.0"), b.score());
        assertEquals(new BigDecimal("10.0"), b.adjustment());
        assertEquals(List.of(up, down), b.adjustments());
        assertFalse(b.maxScoreApplied());
        Breakdown capped = EvaluationEngine.score(rules, many(WorkKind.VISIT, 3), FULL_YEAR, List.of(up, down,
                new Breakdown.Adjustment(3, new BigDecimal("25"), "表彰", null, "office", java.time.Instant.EPOCH)));
        assertEquals(new BigDecimal("100.0"), capped.score());
        assertTrue(capped.maxScoreApplied());
        Breakdown floored = EvaluationEngine.score(rules, List.of(), FULL_YEAR, List.of(
                new Breakdown.Adjustment(4, new BigDecimal("-100"), "严重违纪", null, "office", java.time.Instant.EPOCH)));
        assertEquals(new BigDecimal("0.0"), floored.score());
        assertEquals(0, floored.workItems(), "an adjustment is no work");
    }

    @Test
    void aCoSignedProposalIsSharedTheLeadHalfTheCoSignersTheRestAndEachKindRoundsHalfUp() {
        // A proposal worth 10 with 3 co-signers: the lead 5, each co-signer 10 × 50% / 3 = 1.6667.
        // A co-signer of 3 such proposals has 5.0000…1 → 5.0; of 1 alone 1.6667 → 1.7. Accepted (立案) worth 4: 0.6667.
        List<EvaluationRulesFields.Item> items = List.of(item(EvaluationItemKind.PROPOSAL_LED, "10", null),
                item(EvaluationItemKind.PROPOSAL_ACCEPTED, "4", null));
        MemberWork led = new MemberWork(1, WorkKind.PROPOSAL_LED, LocalDate.of(2025, 3, 1), "proposals", 7, "提案", 0,
                true, 3, null);
        MemberWork cosigned = new MemberWork(2, WorkKind.PROPOSAL_COSIGNED, LocalDate.of(2025, 3, 1), "proposals", 7,
                "提案", 0, false, 3, null);
        MemberWork accepted = new MemberWork(2, WorkKind.PROPOSAL_ACCEPTED, LocalDate.of(2025, 4, 1), "proposals", 7,
                "提案", 0, false, 3, null);
        Breakdown lead = EvaluationEngine.score(rules(items, 50, List.of(), null, null), List.of(led), FULL_YEAR);
        assertEquals(new BigDecimal("5.0"), line(lead, EvaluationItemKind.PROPOSAL_LED).points());
        Breakdown one = EvaluationEngine.score(rules(items, 50, List.of(), null, null), List.of(cosigned, accepted),
                FULL_YEAR);
        Breakdown.Line share = line(one, EvaluationItemKind.PROPOSAL_COSIGNED);
        assertEquals(new BigDecimal("1.6667"), share.entries().get(0).points());
        assertEquals(new BigDecimal("1.7"), share.points());
        assertEquals(new BigDecimal("0.7"), line(one, EvaluationItemKind.PROPOSAL_ACCEPTED).points());
        assertEquals(new BigDecimal("62.4"), one.score());
        List<MemberWork> three = List.of(cosigned, new MemberWork(2, WorkKind.PROPOSAL_COSIGNED,
                LocalDate.of(2025, 5, 1), "proposals", 8, "提案", 0, false, 3, null), new MemberWork(2,
                WorkKind.PROPOSAL_COSIGNED, LocalDate.of(2025, 6, 1), "proposals", 9, "提案", 0, false, 3, null));
        Breakdown shares = EvaluationEngine.score(rules(items, 50, List.of(), null, null), three, FULL_YEAR);
        assertEquals(new BigDecimal("5.0"), line(shares, EvaluationItemKind.PROPOSAL_COSIGNED).points());
    }

    @Test
    void withoutSharingTheLeadTakesAllAndEachCoSignerItsOwnPoints() {
        List<EvaluationRulesFields.Item> items = List.of(item(EvaluationItemKind.PROPOSAL_LED, "10", null),
                item(EvaluationItemKind.PROPOSAL_COSIGNED, "2", null));
        MemberWork led = new MemberWork(1, WorkKind.PROPOSAL_LED, LocalDate.of(2025, 3, 1), "proposals", 7, "提案", 0,
                true, 3, null);
        MemberWork cosigned = new MemberWork(1, WorkKind.PROPOSAL_COSIGNED, LocalDate.of(2025, 3, 2), "proposals", 8,
                "提案", 0, false, 1, null);
        Breakdown b = EvaluationEngine.score(rules(items, null, List.of(), null, null), List.of(led, cosigned), FULL_YEAR);
        assertEquals(new BigDecimal("10.0"), line(b, EvaluationItemKind.PROPOSAL_LED).points());
        assertEquals(new BigDecimal("2.0"), line(b, EvaluationItemKind.PROPOSAL_COSIGNED).points());
    }

    @Test
    void anOpinionAdoptedUpstreamScoresOnTopOfItsSubmission() {
        List<MemberWork> work = List.of(work(WorkKind.OPINION_SUBMITTED, 1), work(WorkKind.OPINION_ACCEPTED, 5),
                work(WorkKind.OPINION_FORWARDED, 6), work(WorkKind.OPINION_ADOPTED, 20));
        Breakdown b = EvaluationEngine.score(rules(List.of(item(EvaluationItemKind.OPINION_SUBMITTED, "2", null),
                item(EvaluationItemKind.OPINION_ACCEPTED, "1", null), item(EvaluationItemKind.OPINION_ADOPTED, "5", "15")),
                null, List.of(), null, null), work, FULL_YEAR);
        assertEquals(new BigDecimal("68.0"), b.score(), "60 + 2 + 1 + 5; forwarding scores nothing here");
        assertEquals(4, b.workItems());
    }

    @Test
    void peopleReceivedScoreForEveryFullBlockOfPeople() {
        List<MemberWork> visits = List.of(
                MemberWork.of(1, WorkKind.VISIT, LocalDate.of(2025, 2, 1), "visits", 1, "接待日", 26, null),
                MemberWork.of(1, WorkKind.VISIT, LocalDate.of(2025, 3, 1), "visits", 2, "下户", 33, null));
        EvaluationRulesFields.Item people = new EvaluationRulesFields.Item(EvaluationItemKind.PEOPLE_RECEIVED,
                new BigDecimal("1.5"), 20, new BigDecimal("5"));
        Breakdown b = EvaluationEngine.score(rules(List.of(people), null, List.of(), null, null), visits, FULL_YEAR);
        Breakdown.Line line = line(b, EvaluationItemKind.PEOPLE_RECEIVED);
        assertEquals(59, line.count());
        assertEquals(new BigDecimal("3.0"), line.points(), "59 people are 2 full blocks of 20, 2 × 1.5");
    }

    @Test
    void belowTheMinimumTheRatingIsLimitedAndTheBreakdownNamesWhatIsMissing() {
        List<EvaluationRulesFields.Minimum> minimum = List.of(new EvaluationRulesFields.Minimum(WorkKind.DUTY_DONE, 1),
                new EvaluationRulesFields.Minimum(WorkKind.VISIT, 1),
                new EvaluationRulesFields.Minimum(WorkKind.OPINION_SUBMITTED, 1));
        List<MemberWork> work = new ArrayList<>(many(WorkKind.VISIT, 3));
        work.addAll(many(WorkKind.OPINION_SUBMITTED, 2));
        Breakdown b = EvaluationEngine.score(rules(List.of(item(EvaluationItemKind.VISIT, "10", null)), null, minimum,
                EvaluationRating.BASICALLY_COMPETENT, null), work, FULL_YEAR);
        assertEquals(new BigDecimal("90.0"), b.score());
        assertFalse(b.minimumMet());
        assertEquals(EvaluationRating.BASICALLY_COMPETENT, b.rating());
        assertTrue(b.ratingLimited());
        Breakdown.MinimumCheck duty = b.minimum().get(0);
        assertEquals(WorkKind.DUTY_DONE, duty.kind());
        assertEquals(0, duty.done());
        assertFalse(duty.met());
    }

    @ParameterizedTest
    @CsvSource({"1, 12, 1", "1, 6, 1", "1, 5, 0", "3, 4, 1", "3, 2, 1", "3, 1, 0", "2, 9, 2", "12, 7, 7"})
    void theMinimumIsProratedByTheMonthsInOfficeRoundedHalfUp(int count, int months, int required) {
        assertEquals(required, EvaluationEngine.prorated(count, months));
    }

    @Test
    void aMemberInOfficeFiveMonthsOwesNoDutyTurnUnderAOneAYearMinimum() {
        EvaluationEngine.Tenure joined = new EvaluationEngine.Tenure(LocalDate.of(2025, 8, 1),
                LocalDate.of(2025, 12, 31), 5);
        Breakdown b = EvaluationEngine.score(rules(List.of(), null,
                List.of(new EvaluationRulesFields.Minimum(WorkKind.DUTY_DONE, 1)), EvaluationRating.BASICALLY_COMPETENT,
                null), List.of(), joined);
        assertTrue(b.prorated());
        assertEquals(0, b.minimum().get(0).required());
        assertTrue(b.minimumMet());
        assertEquals(EvaluationRating.COMPETENT, b.rating());
    }

    @ParameterizedTest
    @CsvSource({"85.0, EXCELLENT", "84.9, COMPETENT", "60.0, COMPETENT", "59.9, BASICALLY_COMPETENT",
            "50.0, BASICALLY_COMPETENT", "49.9, INCOMPETENT"})
    void ratingsChangeExactlyAtTheirThresholds(String score, EvaluationRating rating) {
        BigDecimal extra = new BigDecimal(score).subtract(new BigDecimal("60"));
        Breakdown b = EvaluationEngine.score(rules(List.of(new EvaluationRulesFields.Item(EvaluationItemKind.AWARD,
                extra, null, null)), null, List.of(), null, null), List.of(work(WorkKind.AWARD, 1)), FULL_YEAR);
        assertEquals(new BigDecimal(score), b.score());
        assertEquals(rating, b.rating());
    }

    @Test
    void halfATenthRoundsUpAfterTheCap() {
        // 3 items × 0.35 = 1.05 → 1.1 (half up), then 60 + 1.1.
        Breakdown b = EvaluationEngine.score(rules(List.of(item(EvaluationItemKind.ACTIVITY_TRAINING, "0.35", null)),
                null, List.of(), null, null), many(WorkKind.ACTIVITY_TRAINING, 3), FULL_YEAR);
        assertEquals(new BigDecimal("1.1"), line(b, EvaluationItemKind.ACTIVITY_TRAINING).points());
        assertEquals(new BigDecimal("61.1"), b.score());
    }
}
