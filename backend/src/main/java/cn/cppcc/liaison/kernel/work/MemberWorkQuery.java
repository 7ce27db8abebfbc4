package cn.cppcc.liaison.kernel.work;

import cn.cppcc.liaison.kernel.Period;
import cn.cppcc.liaison.kernel.Predicate;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "What did these members do between these days?", asked by the readers (the member's record, the evaluation)
 * of every feature that records work. Each feature observes it once and adds its items, counted by its own
 * definition of the figure (an opinion is collected on its collection date once submitted, as the opinion list's
 * {@code figure=COLLECTED} counts it), so the record and the lists never disagree. Both days are included.
 */
public final class MemberWorkQuery {

    private final long committeeId;
    private final Set<Long> memberIds;
    private final LocalDate from;
    private final LocalDate to;
    private final LocalDate today;
    private final List<MemberWork> items = new ArrayList<>();

    /**
     * @param memberIds the members asked about, or null for every member of the committee
     * @param today     the office's today: figures judged "as of" a day (已解决) are judged on min(to, today)
     */
    public MemberWorkQuery(long committeeId, Collection<Long> memberIds, LocalDate from, LocalDate to,
            LocalDate today) {
        this.committeeId = committeeId;
        this.memberIds = memberIds == null ? null : Set.copyOf(memberIds);
        this.from = from;
        this.to = to;
        this.today = today;
    }

    public long committeeId() {
        return committeeId;
    }

    /** The members asked about, or null for all of the committee's. */
    public Set<Long> memberIds() {
        return memberIds;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public LocalDate today() {
        return today;
    }

    /** The period the features count their figures over: both days, judged "as of" min(to, today). */
    public Period period() {
        return new Period(from, to, today);
    }

    /**
     * The HQL condition that the member at {@code memberPath} (such as {@code m.id}) is one the query asks about,
     * so a feature keeps only those rows in the database; always true when it asks about the whole committee.
     */
    public Predicate asks(String memberPath) {
        if (memberIds == null) {
            return new Predicate("(1 = 1)", Map.of());
        }
        return memberIds.isEmpty() ? new Predicate("(1 = 0)", Map.of())
                : new Predicate(memberPath + " in :workMembers", Map.of("workMembers", memberIds));
    }

    /**
     * Runs a feature's HQL over its own entities, binding {@code :workCommittee} (the committee asked about),
     * {@code :workFrom} and {@code :workTo} where the query names them, and every condition's parameters.
     */
    public List<Object[]> rows(EntityManager em, String hql, Predicate... conditions) {
        TypedQuery<Object[]> rows = em.createQuery(hql, Object[].class).setParameter("workCommittee", committeeId);
        if (hql.contains(":workFrom")) {
            rows.setParameter("workFrom", from).setParameter("workTo", to);
        }
        for (Predicate condition : conditions) {
            condition.parameters().forEach(rows::setParameter);
        }
        return rows.getResultList();
    }

    /** Whether the query asks about this member. */
    public boolean asks(long memberId) {
        return memberIds == null || memberIds.contains(memberId);
    }

    public void add(MemberWork item) {
        if (asks(item.memberId()) && !item.date().isBefore(from) && !item.date().isAfter(to)) {
            items.add(item);
        }
    }

    public List<MemberWork> items() {
        return items;
    }
}
