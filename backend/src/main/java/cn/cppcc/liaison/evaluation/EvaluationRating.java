package cn.cppcc.liaison.evaluation;

/** The rating (等次) a score earns, best first. */
public enum EvaluationRating {
    EXCELLENT("优秀"),
    COMPETENT("称职"),
    BASICALLY_COMPETENT("基本称职"),
    INCOMPETENT("不称职");

    public final String label;

    EvaluationRating(String label) {
        this.label = label;
    }

    /** The worse of the two. */
    EvaluationRating atMost(EvaluationRating limit) {
        return limit == null || ordinal() >= limit.ordinal() ? this : limit;
    }
}
