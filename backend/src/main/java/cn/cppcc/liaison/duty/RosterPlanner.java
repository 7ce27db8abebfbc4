package cn.cppcc.liaison.duty;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Round-robin that stays fair across years: each month goes to the candidate with the fewest turns at
 * the platform so far, then the one who served longest ago (never first), then the lowest id; a member
 * already on duty elsewhere that month is passed over. So nobody serves twice before everyone has served
 * once, and next year's roster continues where this one stopped.
 */
final class RosterPlanner {

    /** A candidate's turns at the platform so far and the last month served (null when never). */
    record History(int turns, YearMonth lastServed) {
        static final History NONE = new History(0, null);
    }

    private RosterPlanner() {
    }

    /**
     * @param months the months to fill, in order
     * @param candidates the members who may serve, by id
     * @param history each candidate's turns at this platform so far
     * @param busy the months each candidate is already on duty elsewhere
     * @return the member planned for each month; a month every candidate is busy in stays out
     */
    static Map<YearMonth, Long> plan(List<YearMonth> months, List<Long> candidates, Map<Long, History> history,
            Map<Long, Set<YearMonth>> busy) {
        Map<Long, History> served = new HashMap<>();
        candidates.forEach(id -> served.put(id, history.getOrDefault(id, History.NONE)));
        Comparator<Long> fairest = Comparator.<Long>comparingInt(id -> served.get(id).turns())
                .thenComparing(id -> served.get(id).lastServed(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Comparator.naturalOrder());
        Map<YearMonth, Long> plan = new LinkedHashMap<>();
        for (YearMonth month : months) {
            candidates.stream()
                    .filter(id -> !busy.getOrDefault(id, Set.of()).contains(month))
                    .min(fairest)
                    .ifPresent(id -> {
                        plan.put(month, id);
                        History before = served.get(id);
                        served.put(id, new History(before.turns() + 1, month));
                    });
        }
        return plan;
    }
}
