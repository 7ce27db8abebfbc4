package cn.cppcc.liaison.kernel.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts of several figures in several periods, read back from one statement's row. */
public final class Counted {

    private Counted() {
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
