package cn.cppcc.liaison.kernel.work;

import cn.cppcc.liaison.kernel.Period;
import cn.cppcc.liaison.kernel.Predicate;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
    private final boolean workersOnly;
    private final List<Predicate> work = new ArrayList<>();

    /** In a query asked only who did no work, the member its conditions are about: {@code worker.id} is their id. */
    public static final String MEMBER = "worker";

    /**
     * @param memberIds the members asked about, or null for every member of the committee
     * @param today     the office's today: figures judged "as of" a day (已解决) are judged on min(to, today)
     */
    public MemberWorkQuery(long committeeId, Collection<Long> memberIds, LocalDate from, LocalDate to,
            LocalDate today) {
        this(committeeId, memberIds, from, to, today, false);
    }

    /**
     * The same question, but only "who did no work?" when {@code workersOnly}: a feature then says what its work is
     * as a condition on the member ({@link #addWork}) instead of adding every item, and the asker puts every
     * feature's condition in one statement ({@link #idle}): for a committee's year, one question that answers the
     * few who did nothing, not one per feature that answers the thousands who did something.
     */
    public MemberWorkQuery(long committeeId, Collection<Long> memberIds, LocalDate from, LocalDate to,
            LocalDate today, boolean workersOnly) {
        this.workersOnly = workersOnly;
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

    /** Whether the asker wants only who did any work, not the items. */
    public boolean workersOnly() {
        return workersOnly;
    }

    /**
     * In a query asked only who did no work: that the member {@link #MEMBER} did some ({@link WorkKind#isWork}) in
     * the period, as an HQL condition (an {@code exists} over the feature's records) whose parameters are the
     * feature's own or {@code :workCommittee}, {@code :workFrom} and {@code :workTo}.
     */
    public void addWork(Predicate memberWorked) {
        if (!workersOnly) {
            throw new IllegalStateException("the query asks for the items");
        }
        work.add(memberWorked);
    }

    /**
     * That {@link #MEMBER} did no work in the period: no feature's condition holds, each negated on its own so that
     * PostgreSQL reads each feature's records once (an anti-join) rather than probing them member by member. Carries
     * every parameter the conditions name; always true when no feature records work.
     */
    public Predicate idle() {
        if (work.isEmpty()) {
            return new Predicate("(1 = 1)", Map.of());
        }
        Map<String, Object> parameters = new HashMap<>();
        List<String> conditions = new ArrayList<>();
        for (Predicate condition : work) {
            conditions.add("not " + condition.condition());
            condition.parameters().forEach((name, value) -> {
                Object before = parameters.putIfAbsent(name, value);
                if (before != null && !before.equals(value)) {
                    throw new IllegalStateException("two features name :" + name + " for different values");
                }
            });
        }
        String all = "(" + String.join(" and ", conditions) + ")";
        Map.of("workCommittee", (Object) committeeId, "workFrom", from, "workTo", to).forEach((name, value) -> {
            if (all.contains(":" + name)) {
                parameters.put(name, value);
            }
        });
        return new Predicate(all, parameters);
    }
}
