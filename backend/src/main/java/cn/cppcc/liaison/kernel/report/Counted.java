package cn.cppcc.liaison.kernel.report;

import cn.cppcc.liaison.kernel.Period;
import cn.cppcc.liaison.kernel.Predicate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts of several figures in several periods, read back from one statement's row. */
public final class Counted {

    private Counted() {
    }

    /** A figure's condition for a period, its parameters named with {@code prefix}. */
    @FunctionalInterface
    public interface Condition<F> {
        Predicate in(F figure, Period period, String prefix);
    }

    /**
     * Each figure's condition in each period, period by period, their parameters named apart ({@code name}, the
     * figure's ordinal and the period's index): the order {@link #byPeriod} reads the counts back in.
     */
    public static <F extends Enum<F>> List<Predicate> conditions(List<F> figures, List<Period> periods, String name,
            Condition<F> condition) {
        List<Predicate> all = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            for (F figure : figures) {
                all.add(condition.in(figure, periods.get(i), name + figure.ordinal() + "_" + i + "_"));
            }
        }
        return all;
    }

    /**
     * {@code totals} in the order they were asked, period by period and within each the figures in their order,
     * as each period's figures.
     */
    public static <F extends Enum<F>> List<Map<F, Long>> byPeriod(Class<F> type, List<F> figures, int periods,
            long[] totals) {
        List<Map<F, Long>> all = new ArrayList<>();
        for (int i = 0; i < periods; i++) {
            Map<F, Long> each = new EnumMap<>(type);
            for (int f = 0; f < figures.size(); f++) {
                each.put(figures.get(f), totals[i * figures.size() + f]);
            }
            all.add(each);
        }
        return all;
    }
}
