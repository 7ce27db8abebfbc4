package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.kernel.work.WorkKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * How a member's score came about: stored as JSON with the score, so a closed year keeps the breakdown it was
 * published with whatever later happens to the records.
 */
public record Breakdown(BigDecimal baseScore, BigDecimal score, boolean maxScoreApplied, EvaluationRating rating,
        boolean ratingLimited, LocalDate activeFrom, LocalDate activeTo, int activeMonths, boolean prorated,
        List<Line> lines, List<MinimumCheck> minimum, boolean minimumMet, int workItems) {

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
