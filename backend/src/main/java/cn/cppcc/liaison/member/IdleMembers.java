package cn.cppcc.liaison.member;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.Predicate;
import cn.cppcc.liaison.kernel.work.MemberWork;
import cn.cppcc.liaison.kernel.work.MemberWorkQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
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
        Set<Long> idle = idle(committeeId, new HashSet<>(candidates), from, to, clock.today());
        return candidates.stream().filter(idle::contains).toList();
    }

    /** The idle members among {@code asked}, or among the whole committee's when null. */
    private Set<Long> idle(long committeeId, Set<Long> asked, LocalDate from, LocalDate to, LocalDate today) {
        Set<Long> inOffice = MemberTerms.inOffice(committeeId,
                asked != null && asked.size() <= NAMED_AT_MOST ? asked : null, from, to, today);
        if (asked != null) {
            inOffice.retainAll(asked);
        }
        if (inOffice.isEmpty()) {
            return inOffice;
        }
        // The whole committee's question names no one: a statement of hundreds of ids costs more to plan than
        // reading the committee's few more rows.
        MemberWorkQuery query = new MemberWorkQuery(committeeId,
                asked != null && inOffice.size() <= NAMED_AT_MOST ? inOffice : null, from, to, today, true);
        work.fire(query);
        // One statement for every feature's work: the members of whom none holds, few where most work.
        String member = MemberWorkQuery.MEMBER;
        Predicate named = query.asks(member + ".id");
        Predicate none = query.idle();
        TypedQuery<Long> idle = MemberEntity.getEntityManager().createQuery("select " + member + ".id from MemberEntity "
                + member + " where " + member + ".committee.id = :workCommittee and " + named.condition() + " and "
                + none.condition(), Long.class);
        idle.setParameter("workCommittee", committeeId);
        named.parameters().forEach(idle::setParameter);
        none.parameters().forEach(idle::setParameter);
        inOffice.retainAll(new HashSet<>(idle.getResultList()));
        return inOffice;
    }
}
