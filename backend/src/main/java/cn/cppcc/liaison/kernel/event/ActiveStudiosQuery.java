package cn.cppcc.liaison.kernel.event;

import cn.cppcc.liaison.kernel.Period;
import cn.cppcc.liaison.kernel.Predicate;

/**
 * "Which studios were active (活跃工作室) in this period?", asked by the studio list of the feature that records
 * reception days, which lies above it: that feature answers with its definition, a condition over the studio's
 * {@code id}, so the studio list filters by it without naming another feature's tables.
 */
public final class ActiveStudiosQuery {

    private final Period period;
    private Predicate answer;

    public ActiveStudiosQuery(Period period) {
        this.period = period;
    }

    public Period period() {
        return period;
    }

    /** The condition over {@code StudioEntity} that a studio was active in the period. */
    public void answer(Predicate studioIsActive) {
        this.answer = studioIsActive;
    }

    /** The answer; a deployment without the feature that records reception days cannot tell. */
    public Predicate answer() {
        if (answer == null) {
            throw new IllegalStateException("no feature answered which studios were active");
        }
        return answer;
    }
}
