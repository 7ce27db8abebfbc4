package cn.cppcc.liaison.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cppcc.liaison.demo.DemoResolutions.Opinion;
import cn.cppcc.liaison.demo.DemoResolutions.Platform;
import cn.cppcc.liaison.demo.DemoResolutions.Resolution;
import cn.cppcc.liaison.kernel.OfficeClock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On every office date the demo's latest consultations resolve opinions still being handled, held after those
 * opinions came in and carried out by yesterday, in the quarter yesterday falls in.
 */
class DemoResolutionsTest {

    /** Ten townships, the even ones meeting this quarter anyway, each on 通村道路 next and 排水沟 after. */
    private static final List<Platform> PLATFORMS = LongStream.rangeClosed(1, 10)
            .mapToObj(t -> new Platform(t, List.of("通村道路", "排水沟"), t % 2 == 0)).toList();

    @ParameterizedTest
    @ValueSource(strings = {"2026-10-01", "2027-01-01", "2026-09-30", "2026-12-31", "2026-12-04", "2027-01-15",
            "2026-03-01", "2028-02-29"})
    void aQuartersFirstAndLastDaysAndAnyOtherResolveOpinionsInTheQuarterYesterdayFallsIn(String day) {
        LocalDate today = LocalDate.parse(day);
        List<Opinion> opinions = drawnLikeTheDemo(today, new Random(day.hashCode()));
        Map<Long, Resolution> plan = DemoResolutions.plan(today, PLATFORMS, opinions, new Random(1));

        assertEquals(DemoResolutions.TOWNSHIPS, plan.size(), day + ": " + plan);
        plan.forEach((township, resolution) -> assertResolves(today, township, resolution));
    }

    @Test
    void everyDayOfThreeYearsHasOutcomesResolvingOpinionsWhereAnyCanBeResolved() {
        Random random = new Random(20230515L);
        for (LocalDate today = LocalDate.of(2026, 1, 1); today.getYear() < 2029; today = today.plusDays(1)) {
            LocalDate on = today;
            List<Opinion> opinions = drawnLikeTheDemo(today, random);
            long resolvable = opinions.stream().filter(o -> DemoResolutions.resolvable(o, on))
                    .map(Opinion::townshipId).distinct().count();
            Map<Long, Resolution> plan = DemoResolutions.plan(today, PLATFORMS, opinions, random);

            assertEquals(Math.min(DemoResolutions.TOWNSHIPS, resolvable), plan.size(), today + ": " + plan);
            assertTrue(plan.size() > 0, today + " has opinions to resolve");
            plan.forEach((township, resolution) -> assertResolves(on, township, resolution));
            Set<Long> once = new HashSet<>();
            plan.values().forEach(r -> r.opinions().forEach(o -> assertTrue(once.add(o.id()), on + ": " + o)));
        }
    }

    @Test
    void townshipsWithOpinionsOnTheirTopicsComeFirstThenPlatformsMeetingAnyway() {
        LocalDate today = LocalDate.of(2026, 12, 4);
        List<Opinion> opinions = List.of(
                opinion(1, 1, "蓝莓销售难", today.minusDays(20), "ACCEPTED", null, today.minusDays(15)),
                opinion(2, 3, "排水沟堵塞", today.minusDays(20), "ACCEPTED", null, today.minusDays(15)),
                opinion(3, 4, "蓝莓销售难", today.minusDays(30), "ASSIGNED", today.plusDays(10), today.minusDays(25)),
                opinion(4, 4, "通村道路破损", today.minusDays(10), "IN_PROGRESS", today.plusDays(5), today.minusDays(2)),
                opinion(5, 4, "排水沟堵塞", today.minusDays(12), "ACCEPTED", null, today.minusDays(9)),
                opinion(6, 6, "路灯不亮", today.minusDays(40), "IN_PROGRESS", today.plusDays(20), today.minusDays(30)));

        Map<Long, Resolution> plan = DemoResolutions.plan(today, PLATFORMS, opinions, new Random(1));

        assertEquals(List.of(4L, 3L), List.copyOf(plan.keySet()));
        assertEquals(List.of(4L, 5L), plan.get(4L).opinions().stream().map(Opinion::id).toList());
        assertEquals("通村道路", plan.get(4L).keyword());
        // Held on the topic its opinion is about, though another was due.
        assertEquals("排水沟", plan.get(3L).keyword());
        plan.forEach((township, resolution) -> assertResolves(today, township, resolution));

        Map<Long, Resolution> offTopic = DemoResolutions.plan(today, PLATFORMS,
                opinions.stream().filter(o -> o.townshipId() == 1 || o.townshipId() == 6).toList(), new Random(1));
        assertEquals(List.of(6L, 1L), List.copyOf(offTopic.keySet()));
        assertEquals("通村道路", offTopic.get(6L).keyword());
    }

    @Test
    void opinionsOverdueSettledTooRecentOrSteppedTodayAreLeftAlone() {
        LocalDate today = LocalDate.of(2026, 10, 1);
        List<Opinion> opinions = List.of(
                opinion(1, 2, "通村道路", today.minusDays(40), "IN_PROGRESS", today.minusDays(1), today.minusDays(20)),
                opinion(2, 2, "通村道路", today.minusDays(40), "RESOLVED", null, today.minusDays(5)),
                opinion(3, 2, "通村道路", today.minusDays(40), "SUBMITTED", null, today.minusDays(38)),
                opinion(4, 2, "通村道路", today.minusDays(1), "ACCEPTED", null, today.minusDays(1)),
                opinion(5, 2, "通村道路", today.minusDays(30), "ASSIGNED", today.plusDays(9), today));

        assertTrue(DemoResolutions.plan(today, PLATFORMS, opinions, new Random(1)).isEmpty());
        assertFalse(opinions.stream().anyMatch(o -> DemoResolutions.resolvable(o, today)));
    }

    /** Held in yesterday's quarter after its opinions came in, carried out after their steps and before today. */
    private static void assertResolves(LocalDate today, long township, Resolution resolution) {
        LocalDate yesterday = today.minusDays(1);
        String what = today + " " + resolution;
        assertFalse(resolution.opinions().isEmpty(), what);
        assertTrue(resolution.opinions().size() <= DemoResolutions.PER_CONSULTATION, what);
        assertEquals(OfficeClock.quarterOf(yesterday), OfficeClock.quarterOf(resolution.heldOn()), what);
        assertEquals(yesterday.getYear(), resolution.heldOn().getYear(), what);
        assertFalse(resolution.heldOn().isAfter(resolution.implementedOn()), what);
        assertTrue(resolution.implementedOn().isBefore(today), what);
        for (Opinion o : resolution.opinions()) {
            assertEquals(township, o.townshipId(), what);
            assertTrue(DemoResolutions.resolvable(o, today), what);
            assertTrue(o.collectedOn().isBefore(resolution.heldOn()), what);
            assertFalse(o.lastStep().isAfter(resolution.implementedOn()), what);
        }
    }

    /**
     * A committee's opinions of the past year, as far along as {@link DemoOpinions} takes them for their age: the
     * recent ones with the office, then assigned and in progress (some past their due date, the others extended),
     * the old ones resolved, closed or rejected.
     */
    private static List<Opinion> drawnLikeTheDemo(LocalDate today, Random random) {
        List<Opinion> opinions = new ArrayList<>();
        for (int n = 0; n < 80; n++) {
            int age = n < 10 ? random.nextInt(14) : random.nextInt(365);
            LocalDate collected = today.minusDays(age);
            String status = age <= 7 ? pick(random, "DRAFT", "SUBMITTED")
                    : age <= 25 ? pick(random, "SUBMITTED", "ACCEPTED", "REJECTED", "ASSIGNED", "IN_PROGRESS")
                    : age <= 60 ? pick(random, "ASSIGNED", "IN_PROGRESS", "RESOLVED", "CLOSED", "REJECTED")
                    : age <= 120 ? pick(random, "IN_PROGRESS", "RESOLVED", "CLOSED", "CLOSED", "REJECTED")
                    : pick(random, "RESOLVED", "CLOSED", "CLOSED", "REJECTED");
            LocalDate due = null;
            if (status.equals("ASSIGNED") || status.equals("IN_PROGRESS")) {
                due = collected.plusDays(15 + random.nextInt(46));
                if (due.isBefore(today) && random.nextInt(100) >= 40) {
                    due = today.plusDays(7 + random.nextInt(34));
                }
            }
            LocalDate lastStep = collected.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(collected, today) + 1));
            opinions.add(opinion(n + 1, 1 + random.nextInt(10), n % 3 == 0 ? "通村道路破损" : "排水沟堵塞", collected,
                    status, due, lastStep));
        }
        return opinions;
    }

    private static String pick(Random random, String... statuses) {
        return statuses[random.nextInt(statuses.length)];
    }

    private static Opinion opinion(long id, long township, String title, LocalDate collected, String status,
            LocalDate due, LocalDate lastStep) {
        return new Opinion(id, title, township, collected, status, due, lastStep);
    }
}
