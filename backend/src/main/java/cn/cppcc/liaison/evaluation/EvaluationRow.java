package cn.cppcc.liaison.evaluation;

import java.math.BigDecimal;

/**
 * A row of a year's table: who, how long in office, the score and rating, whether the minimum was met and the
 * office's adjustments in the score. A reporter reads it without the member's id and name.
 */
public record EvaluationRow(Long memberId, String memberName, Long sectorId, String sectorName, Long groupId,
        String groupName, int activeMonths, boolean prorated, BigDecimal score, EvaluationRating rating,
        boolean minimumMet, int workItems, BigDecimal adjustment) {

    /** The row without whose it is: what a reporter reads. */
    EvaluationRow anonymous() {
        return new EvaluationRow(null, null, sectorId, sectorName, groupId, groupName, activeMonths, prorated, score,
                rating, minimumMet, workItems, adjustment);
    }
}
