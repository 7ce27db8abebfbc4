package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.kernel.work.WorkKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * How a member's score came about: stored as JSON with the score, so a closed year keeps the breakdown it was
 * published with whatever later happens to the records.
 */
public record Breakdown(BigDecimal baseScore, BigDecimal score, boolean maxScoreApplied, EvaluationRating rating,
        boolean ratingLimited, LocalDate activeFrom, LocalDate activeTo, int activeMonths, boolean prorated,
        List<Line> lines, List<MinimumCheck> minimum, boolean minimumMet, int workItems, List<Adjustment> adjustments,
        BigDecimal adjustment) {

    /** The office's adjustments in the score (none in a breakdown stored before there were any). */
    public List<Adjustment> adjustmentsOrNone() {
        return adjustments == null ? List.of() : adjustments;
    }

    public BigDecimal adjustmentOrZero() {
        return adjustment == null ? BigDecimal.ZERO : adjustment;
    }

    /** An adjustment (加减分) of the office, from an upheld objection when {@code objectionId} is given. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Adjustment(long id, BigDecimal amount, String reason, Long objectionId, String createdBy,
            Instant createdAt) {
    }

    /** One kind's points: every record counted, its points, the total before and after the cap. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(EvaluationItemKind kind, String label, int count, BigDecimal pointsEach, Integer per,
            BigDecimal cap, BigDecimal rawPoints, BigDecimal points, boolean capped, List<Entry> entries) {
    }

    /** A record counted in a line, linking to its source. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String recordType, long recordId, LocalDate date, String title, BigDecimal points,
            Integer amount, String detail) {
    }

    /** One minimum and whether the member met it. */
    public record MinimumCheck(WorkKind kind, String label, int count, int required, int done, boolean met) {
    }
}
