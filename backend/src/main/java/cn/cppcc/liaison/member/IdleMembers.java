package cn.cppcc.liaison.member;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.work.MemberWork;
import cn.cppcc.liaison.kernel.work.MemberWorkQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
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

    @Inject
    Event<MemberWorkQuery> work;

    @Inject
    OfficeClock clock;

    /** Of the candidates (the committee's members, in the list's order), those idle from {@code from} to {@code to}. */
    List<Long> of(long committeeId, List<Long> candidates, LocalDate from, LocalDate to) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        LocalDate today = clock.today();
        Set<Long> asked = new HashSet<>(candidates);
        Set<Long> idle = MemberTerms.inOffice(committeeId, asked.size() <= NAMED_AT_MOST ? asked : null, from, to,
                today);
        idle.retainAll(asked);
        if (idle.isEmpty()) {
            return List.of();
        }
        MemberWorkQuery query = new MemberWorkQuery(committeeId, idle.size() <= NAMED_AT_MOST ? idle : null, from, to,
                today);
        work.fire(query);
        for (MemberWork item : query.items()) {
            if (item.kind().isWork()) {
                idle.remove(item.memberId());
            }
        }
        return candidates.stream().filter(idle::contains).toList();
    }
}
