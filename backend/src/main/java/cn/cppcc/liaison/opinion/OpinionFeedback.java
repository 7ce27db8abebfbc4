package cn.cppcc.liaison.opinion;

/** The public's verdict on a resolution; the first two confirm the problem solved. */
public enum OpinionFeedback {
    SATISFIED("满意"),
    BASICALLY_SATISFIED("基本满意"),
    UNSATISFIED("不满意");

    public final String label;

    OpinionFeedback(String label) {
        this.label = label;
    }

    public boolean confirmsSolved() {
        return this != UNSATISFIED;
    }
}
