package cn.cppcc.liaison.kernel.event;

import java.time.LocalDate;
import java.util.Map;

/**
 * "Which studios were active (活跃工作室) between these days?", asked by the studio list of the feature that
 * records reception days, which lies above it: that feature answers with its definition, an HQL condition over
 * the studio's {@code id} and its parameters, so the studio list filters by it without naming another feature's
 * tables. Either day may be open; {@code today} is the office's.
 */
public final class ActiveStudiosQuery {

    private final LocalDate from;
    private final LocalDate to;
    private final LocalDate today;
    private String condition;
    private Map<String, Object> parameters;

    public ActiveStudiosQuery(LocalDate from, LocalDate to, LocalDate today) {
        this.from = from;
        this.to = to;
        this.today = today;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public LocalDate today() {
        return today;
    }

    /** The condition over {@code StudioEntity} that a studio was active between the days, and its parameters. */
    public void answer(String condition, Map<String, Object> parameters) {
        this.condition = condition;
        this.parameters = Map.copyOf(parameters);
    }

    /** The condition; a deployment without the feature that records reception days cannot tell. */
    public String condition() {
        if (condition == null) {
            throw new IllegalStateException("no feature answered which studios were active");
        }
        return condition;
    }

    public Map<String, Object> parameters() {
        condition();
        return parameters;
    }
}
