package cn.cppcc.liaison.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** 试算: the table a draft rule set would give, beside the one the year's rules give. Nothing of it is stored. */
public record EvaluationWhatIf(long committeeId, int year, LocalDate asOf, int members, int changes, Figures current,
        Figures draft, List<Row> rows) {

    /** A rule set's ratings and members below its minimum. */
    public record Figures(String name, Map<EvaluationRating, Integer> ratings, int belowMinimum) {

        static Figures of(String name, Collection<Breakdown> scored) {
            Map<EvaluationRating, Integer> ratings = new EnumMap<>(EvaluationRating.class);
            for (EvaluationRating rating : EvaluationRating.values()) {
                ratings.put(rating, 0);
            }
            int below = 0;
            for (Breakdown b : scored) {
                ratings.merge(b.rating(), 1, Integer::sum);
                below += b.minimumMet() ? 0 : 1;
            }
            return new Figures(name, ratings, below);
        }
    }

    /** A member's score and rating by the year's rules (none without rules) and by the draft. */
    public record Row(long memberId, String memberName, String sectorName, Long groupId, String groupName,
            BigDecimal currentScore, EvaluationRating currentRating, BigDecimal score, EvaluationRating rating,
            boolean minimumMet, boolean ratingChanged) {
    }
}
