package cn.cppcc.liaison.evaluation;

import java.math.BigDecimal;
import java.util.List;

/** A member the office should talk to (约谈) or deal with (处置), with every reason found. */
public record InactiveMember(long memberId, String memberName, Long groupId, String groupName, List<Reason> reasons,
        BigDecimal score, EvaluationRating rating, EvaluationRating previousRating, int workItems) {

    public enum Reason {
        NO_WORK("全年没有任何履职记录"),
        BELOW_MINIMUM("低于最低要求"),
        UNQUALIFIED("评为不称职"),
        UNQUALIFIED_TWICE("连续两年不称职");

        public final String label;

        Reason(String label) {
            this.label = label;
        }
    }
}
