package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.kernel.Versioned;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A year's rules as clients read them, with where they started from and whether they may still change. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvaluationRules(long committeeId, int year, String origin, String name, BigDecimal baseScore,
        BigDecimal maxScore, List<EvaluationRulesFields.Item> items, Integer proposalLeadShare,
        List<EvaluationRulesFields.Minimum> minimum, EvaluationRating belowMinimumRating,
        EvaluationRulesFields.Thresholds ratings, boolean editable, int version, String updatedBy,
        Instant updatedAt) implements Versioned {

    /** A year's rules are addressed by their year: {@code /api/v1/evaluation-rules/{year}}. */
    @Override
    @JsonIgnore
    public long id() {
        return year;
    }

    static EvaluationRules of(EvaluationRulesEntity e, EvaluationRulesFields f, boolean editable) {
        return new EvaluationRules(e.committee.id, e.year, e.origin, f.name(), f.baseScore(), f.maxScore(), f.items(),
                f.proposalLeadShare(), f.minimum(), f.belowMinimumRating(), f.ratings(), editable, e.version,
                e.updatedBy, e.updatedAt);
    }
}
