package cn.cppcc.liaison.evaluation;

import java.math.BigDecimal;

/** A row of a year's table: who, how long in office, the score and rating, and whether the minimum was met. */
public record EvaluationRow(long memberId, String memberName, Long sectorId, String sectorName, Long groupId,
        String groupName, int activeMonths, boolean prorated, BigDecimal score, EvaluationRating rating,
        boolean minimumMet, int workItems) {
}
