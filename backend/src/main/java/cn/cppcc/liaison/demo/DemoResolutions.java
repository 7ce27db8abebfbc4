package cn.cppcc.liaison.demo;

import cn.cppcc.liaison.kernel.OfficeClock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Where a demo committee's consultations resolve opinions: at two townships whose opinions are still being handled,
 * the platform's consultation of the latest quarter (the one yesterday falls in) is held after those opinions came
 * in and carries its first item out before today, resolving them. Planned from the opinions themselves, so every
 * office date has such outcomes, however the other consultations' days fall.
 */
final class DemoResolutions {

    /** What is known of an opinion without loading it. */
    record Opinion(long id, String title, long townshipId, LocalDate collectedOn, String status, LocalDate dueDate,
            LocalDate lastStep) {
    }

    /** A platform's township, the topic of its consultation in the latest quarter and whether it meets then anyway. */
    record Platform(long townshipId, String keyword, boolean meetsAnyway) {
    }

    /** The opinions a consultation takes up, the day it is held and the day its first item resolves them. */
    record Resolution(List<Opinion> opinions, LocalDate heldOn, LocalDate implementedOn) {
    }

    /** The statuses an implemented outcome resolves. */
    static final Set<String> RESOLVABLE = Set.of("ACCEPTED", "ASSIGNED", "IN_PROGRESS");
    /** Townships per committee, and opinions per consultation: most opinions keep the states their own demo gave them. */
    static final int TOWNSHIPS = 2;
    static final int PER_CONSULTATION = 2;

    private DemoResolutions() {
    }

    /** The first day of the quarter the outcomes are carried out in: the one yesterday falls in. */
    static LocalDate latestQuarter(LocalDate today) {
        LocalDate yesterday = today.minusDays(1);
        return LocalDate.of(yesterday.getYear(), (OfficeClock.quarterOf(yesterday) - 1) * 3 + 1, 1);
    }

    /**
     * @param platforms the committee's platforms in order; those meeting anyway are taken first, so the gaps of
     *        一季一协商 stay where they are
     * @return by township, what its latest consultation resolves; none where no opinion there can be resolved
     */
    static Map<Long, Resolution> plan(LocalDate today, List<Platform> platforms, List<Opinion> opinions, Random random) {
        LocalDate yesterday = today.minusDays(1);
        LocalDate quarter = latestQuarter(today);
        List<Platform> ordered = new ArrayList<>(platforms);
        ordered.sort(Comparator.comparing(p -> !p.meetsAnyway()));
        Map<Long, Resolution> plan = new LinkedHashMap<>();
        for (Platform platform : ordered) {
            if (plan.size() == TOWNSHIPS) {
                break;
            }
            if (plan.containsKey(platform.townshipId())) {
                continue;
            }
            List<Opinion> taken = opinions.stream()
                    .filter(o -> o.townshipId() == platform.townshipId() && resolvable(o, today))
                    .sorted(Comparator.comparing((Opinion o) -> !o.title().contains(platform.keyword()))
                            .thenComparing(Opinion::id))
                    .limit(PER_CONSULTATION).toList();
            if (taken.isEmpty()) {
                continue;
            }
            LocalDate collected = taken.stream().map(Opinion::collectedOn).max(LocalDate::compareTo).orElseThrow();
            LocalDate first = collected.plusDays(1).isAfter(quarter) ? collected.plusDays(1) : quarter;
            LocalDate heldOn = between(random, first, yesterday.minusDays(3));
            // Carried out once the opinions' own steps were taken, and by yesterday.
            LocalDate lastStep = taken.stream().map(Opinion::lastStep).max(LocalDate::compareTo).orElseThrow();
            LocalDate implemented = between(random, lastStep.isAfter(heldOn) ? lastStep : heldOn.plusDays(1), yesterday);
            plan.put(platform.townshipId(), new Resolution(taken, heldOn,
                    implemented.isAfter(yesterday) ? yesterday : implemented));
        }
        return plan;
    }

    /** Still being handled and not overdue, in by the day before yesterday and without a step today. */
    static boolean resolvable(Opinion o, LocalDate today) {
        return RESOLVABLE.contains(o.status()) && (o.dueDate() == null || !o.dueDate().isBefore(today))
                && o.collectedOn().isBefore(today.minusDays(1)) && o.lastStep().isBefore(today);
    }

    /** A day from {@code first} to {@code last}, both included ({@code first} when they cross). */
    private static LocalDate between(Random random, LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last);
        return days <= 0 ? first : first.plusDays(random.nextInt((int) days + 1));
    }
}
