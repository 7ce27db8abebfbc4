package cn.cppcc.liaison.demo;

import cn.cppcc.liaison.kernel.OfficeClock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Where a demo committee's consultations resolve opinions: at two townships whose opinions are still being handled,
 * those on the topics of their consultations first, the platform's consultation of the latest quarter (the one
 * yesterday falls in) is held after those opinions came in and carries its first item out before today, resolving
 * them. Planned from the opinions themselves, so every office date has such outcomes, however the other
 * consultations' days fall.
 */
final class DemoResolutions {

    /** What is known of an opinion without loading it. */
    record Opinion(long id, String title, long townshipId, LocalDate collectedOn, String status, LocalDate dueDate,
            LocalDate lastStep) {
    }

    /**
     * A platform's township, the keywords of the topics its consultations take up (the one due in the latest quarter
     * first) and whether it meets in that quarter anyway.
     */
    record Platform(long townshipId, List<String> keywords, boolean meetsAnyway) {
    }

    /**
     * The opinions a consultation takes up, the keyword of its topic (that of the first opinion where it has one),
     * the day it is held and the day its first item resolves them.
     */
    record Resolution(List<Opinion> opinions, String keyword, LocalDate heldOn, LocalDate implementedOn) {
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
        return OfficeClock.quarterStart(yesterday);
    }

    /**
     * @param platforms the committee's platforms; those with opinions on their topics are taken first, then those
     *        meeting anyway, so the items carried out are what was asked for and the gaps of 一季一协商 stay put
     * @return by township, what its latest consultation resolves; none where no opinion there can be resolved
     */
    static Map<Long, Resolution> plan(LocalDate today, List<Platform> platforms, List<Opinion> opinions, Random random) {
        record Option(Platform platform, List<Opinion> taken, int topic) {
        }
        List<Option> options = new ArrayList<>();
        Set<Long> townships = new HashSet<>();
        for (Platform platform : platforms) {
            List<Opinion> taken = opinions.stream()
                    .filter(o -> o.townshipId() == platform.townshipId() && resolvable(o, today))
                    .sorted(Comparator.comparingInt((Opinion o) -> topic(platform, o)).thenComparing(Opinion::id))
                    .limit(PER_CONSULTATION).toList();
            if (!taken.isEmpty() && townships.add(platform.townshipId())) {
                options.add(new Option(platform, taken, topic(platform, taken.get(0))));
            }
        }
        options.sort(Comparator.comparing((Option o) -> o.topic() == o.platform().keywords().size())
                .thenComparing(o -> !o.platform().meetsAnyway()));
        LocalDate yesterday = today.minusDays(1);
        LocalDate quarter = latestQuarter(today);
        Map<Long, Resolution> plan = new LinkedHashMap<>();
        for (Option option : options.subList(0, Math.min(TOWNSHIPS, options.size()))) {
            List<Opinion> taken = option.taken();
            List<String> keywords = option.platform().keywords();
            String keyword = keywords.get(option.topic() < keywords.size() ? option.topic() : 0);
            LocalDate collected = taken.stream().map(Opinion::collectedOn).max(LocalDate::compareTo).orElseThrow();
            LocalDate first = collected.plusDays(1).isAfter(quarter) ? collected.plusDays(1) : quarter;
            LocalDate heldOn = between(random, first, yesterday.minusDays(3));
            // Carried out once the opinions' own steps were taken, and by yesterday.
            LocalDate lastStep = taken.stream().map(Opinion::lastStep).max(LocalDate::compareTo).orElseThrow();
            LocalDate implemented = between(random, lastStep.isAfter(heldOn) ? lastStep : heldOn.plusDays(1), yesterday);
            plan.put(option.platform().townshipId(), new Resolution(taken, keyword, heldOn,
                    implemented.isAfter(yesterday) ? yesterday : implemented));
        }
        return plan;
    }

    /** The first of the platform's topics the opinion is about; past the last when none. */
    private static int topic(Platform platform, Opinion opinion) {
        List<String> keywords = platform.keywords();
        for (int i = 0; i < keywords.size(); i++) {
            if (opinion.title().contains(keywords.get(i))) {
                return i;
            }
        }
        return keywords.size();
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
