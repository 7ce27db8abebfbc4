package cn.cppcc.liaison.member;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.work.MemberWork;
import cn.cppcc.liaison.kernel.work.MemberWorkQuery;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 挂牌委员: the members in office at some time in a period ({@link MemberTerms}) who did no work of any kind in it, as
 * the member's record counts work: every feature answers {@link MemberWorkQuery}, and a missed turn, an absence, an
 * award or a step of the evaluation is not work ({@code WorkKind.isWork}).
 */
@ApplicationScoped
class IdleMembers {

    /** Beyond this many members, ask about the whole committee and keep the candidates here, not in the query. */
    private static final int NAMED_AT_MOST = 1000;

    /** Fewer candidates than this are looked up among the whole committee's idle members, found once per request. */
    private static final int ASKED_ONCE_FROM = 50;

    @Inject
    Event<MemberWorkQuery> work;

    @Inject
    OfficeClock clock;

    @Inject
    Found found;

    /**
     * The whole committee's idle members of a period, found once per request when it is asked a second time: a
     * breakdown by township or group asks for each row's few members, and each row's are those of the whole
     * committee's who are the row's. (Reached through methods: the bean is a proxy.)
     */
    @RequestScoped
    static class Found {
        private final Map<String, Set<Long>> idle = new HashMap<>();
        private final Map<String, Integer> asked = new HashMap<>();

        /** How many times this period was asked before in this request. */
        int askedBefore(String key) {
            return asked.merge(key, 1, Integer::sum) - 1;
        }

        Set<Long> get(String key) {
            return idle.get(key);
        }

        void put(String key, Set<Long> members) {
            idle.put(key, members);
        }
    }

    /** Of the candidates (the committee's members, in the list's order), those idle from {@code from} to {@code to}. */
    List<Long> of(long committeeId, List<Long> candidates, LocalDate from, LocalDate to) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        LocalDate today = clock.today();
        ManagedContext request = Arc.container().requestContext();
        Set<Long> idle = null;
        if (candidates.size() < ASKED_ONCE_FROM && request.isActive()) {
            String key = committeeId + "|" + from + "|" + to + "|" + today;
            idle = found.get(key);
            if (idle == null && found.askedBefore(key) > 0) {
                idle = idle(committeeId, null, from, to, today);
                found.put(key, idle);
            }
        }
        if (idle == null) {
            idle = idle(committeeId, new HashSet<>(candidates), from, to, today);
        }
        return candidates.stream().filter(idle::contains).toList();
    }

    /** The idle members among {@code asked}, or among the whole committee's when null. */
    private Set<Long> idle(long committeeId, Set<Long> asked, LocalDate from, LocalDate to, LocalDate today) {
        Set<Long> idle = MemberTerms.inOffice(committeeId, asked != null && asked.size() <= NAMED_AT_MOST ? asked : null,
                from, to, today);
        if (asked != null) {
            idle.retainAll(asked);
        }
        if (idle.isEmpty()) {
            return idle;
        }
        MemberWorkQuery query = new MemberWorkQuery(committeeId, idle.size() <= NAMED_AT_MOST ? idle : null, from, to,
                today, true);
        work.fire(query);
        idle.removeAll(query.workers());
        return idle;
    }
}
