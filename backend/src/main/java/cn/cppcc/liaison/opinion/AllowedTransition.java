package cn.cppcc.liaison.opinion;

/** An action the caller may take now, and the state it leads to. */
public record AllowedTransition(OpinionAction action, OpinionStatus to, String label) {

    static AllowedTransition of(OpinionAction action, OpinionStatus current) {
        return new AllowedTransition(action, action.target(current), action.label);
    }

    String describe() {
        return label + "（→ " + to.label + "）";
    }
}
