package cn.cppcc.liaison.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One member's breakdown for a year, as stored when the year was last computed, with the office's adjustments. */
public record MemberEvaluation(long memberId, String memberName, String sectorName, Long groupId, String groupName,
        int year, String status, BigDecimal baseScore, BigDecimal score, boolean maxScoreApplied,
        EvaluationRating rating, boolean ratingLimited, LocalDate activeFrom, LocalDate activeTo, int activeMonths,
        boolean prorated, List<Breakdown.Line> lines, List<Breakdown.Adjustment> adjustments, BigDecimal adjustment,
        List<Breakdown.MinimumCheck> minimum, boolean minimumMet, Instant computedAt, LocalDate asOf) {
}
