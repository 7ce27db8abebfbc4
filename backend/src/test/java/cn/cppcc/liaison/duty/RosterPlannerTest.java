package cn.cppcc.liaison.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The planner's fairness over several years, for platforms of many sizes. */
class RosterPlannerTest {

    private static List<YearMonth> year(int year) {
        return IntStream.rangeClosed(1, 12).mapToObj(m -> YearMonth.of(year, m)).toList();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 7, 11, 12, 13, 25, 40})
    void overThreeYearsNobodyServesAgainBeforeEveryoneHasServedAsOften(int size) {
        List<Long> members = LongStream.rangeClosed(1, size).boxed().toList();
        Map<Long, RosterPlanner.History> history = new HashMap<>();
        Map<Long, Integer> turns = new HashMap<>();
        for (int year = 2026; year <= 2028; year++) {
            Map<YearMonth, Long> plan = RosterPlanner.plan(year(year), members, history, Map.of());
            assertEquals(12, plan.size());
            for (Map.Entry<YearMonth, Long> month : plan.entrySet()) {
                turns.merge(month.getValue(), 1, Integer::sum);
                // After every month the spread of turns is at most one.
                Collection<Integer> counts = members.stream().map(id -> turns.getOrDefault(id, 0)).toList();
                int max = counts.stream().mapToInt(Integer::intValue).max().orElse(0);
                int min = counts.stream().mapToInt(Integer::intValue).min().orElse(0);
                assertTrue(max - min <= 1, size + " members, " + month.getKey() + ": " + turns);
                history.put(month.getValue(), new RosterPlanner.History(turns.get(month.getValue()), month.getKey()));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {7, 12, 25})
    void withinOneYearAMemberServesAtMostOnceAMonthAndTheFirstTurnsAreAllDifferent(int size) {
        List<Long> members = LongStream.rangeClosed(1, size).boxed().toList();
        Map<YearMonth, Long> plan = RosterPlanner.plan(year(2026), members, Map.of(), Map.of());
        List<Long> order = List.copyOf(plan.values());
        int distinctFirst = Math.min(size, 12);
        assertEquals(distinctFirst, new HashSet<>(order.subList(0, distinctFirst)).size());
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void aMemberOnDutyElsewhereIsPassedOverThatMonthOnly(int size) {
        List<Long> members = LongStream.rangeClosed(1, size).boxed().toList();
        Map<Long, Set<YearMonth>> busy = Map.of(1L, Set.of(YearMonth.of(2026, 1)));
        Map<YearMonth, Long> plan = RosterPlanner.plan(year(2026), members, Map.of(), busy);
        assertTrue(plan.get(YearMonth.of(2026, 1)) != 1L);
        assertEquals(1L, plan.get(YearMonth.of(2026, 2)), "the member passed over serves next");
    }

    @ParameterizedTest
    @ValueSource(ints = {1})
    void aMonthEveryoneIsBusyInStaysOpen(int size) {
        Map<YearMonth, Long> plan = RosterPlanner.plan(year(2026), List.of(1L), Map.of(),
                Map.of(1L, Set.of(YearMonth.of(2026, 4))));
        assertEquals(11, plan.size());
        assertTrue(!plan.containsKey(YearMonth.of(2026, 4)));
        assertEquals(size, Set.copyOf(plan.values()).size());
    }
}
