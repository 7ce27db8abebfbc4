package cn.cppcc.liaison.evaluation;

import java.time.Instant;
import java.util.List;

/** One page of a year's table, with the year's state: {@code NOT_COMPUTED}, {@code OPEN} or {@code CLOSED}. */
public record EvaluationPage(List<EvaluationRow> items, int page, int size, long total, String status,
        Instant computedAt) {
}
