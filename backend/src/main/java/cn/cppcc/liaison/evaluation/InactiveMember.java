package cn.cppcc.liaison.evaluation;

import java.math.BigDecimal;
import java.util.List;

/** A member the office should talk to (约谈) or deal with (处置), with every reason found. */
public record InactiveMember(long memberId, String memberName, Long groupId, String groupName, List<Reason> reasons,
        BigDecimal score, EvaluationRating rating, EvaluationRating previousRating, int workItems) {

    public enum Reason {
        /** 全年没有任何履职记录. */
        NO_WORK,
        /** 低于最低要求. */
        BELOW_MINIMUM,
        /** 评为不称职. */
        UNQUALIFIED,
        /** 连续两年不称职. */
        UNQUALIFIED_TWICE
    }
}
