package cn.cppcc.liaison.evaluation;

import java.math.BigDecimal;
import java.util.Map;

/** A group's figures for the year (广水 scores its 活动组): members, total and average score, ratings, below the minimum. */
public record GroupEvaluation(Long groupId, String groupName, int members, BigDecimal total, BigDecimal average,
        Map<EvaluationRating, Integer> ratings, int belowMinimum) {
}
