package cn.cppcc.liaison.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A year's evaluation as clients read it: its state, the published hash, and the figures of its table. */
public record EvaluationYear(long committeeId, int year, String status, Instant computedAt, String computedBy,
        LocalDate asOf, Instant closedAt, String closedBy, String sha256, int members,
        Map<EvaluationRating, Integer> ratings, int belowMinimum, int noWork, List<Reopening> reopenings) {

    public static final String NOT_COMPUTED = "NOT_COMPUTED";

    public record Reopening(Instant at, String by, String reason, String sha256) {
    }
}
