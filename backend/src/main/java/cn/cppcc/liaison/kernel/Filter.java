package cn.cppcc.liaison.kernel;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Builds a Panache query from the filters a client actually sent. */
public final class Filter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    public Filter equal(String property, String parameter, Object value) {
        if (value != null) {
            conditions.add(property + " = :" + parameter);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** A condition naming {@code :parameter}, a constant of the calling service, added only when a value was sent. */
    public Filter where(String condition, String parameter, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** A condition naming several parameters, added when {@code parameters} is not null. */
    public Filter where(String condition, Map<String, ?> parameters) {
        if (parameters != null) {
            conditions.add(condition);
            this.parameters.putAll(parameters);
        }
        return this;
    }

    /** A condition with no parameter, added when {@code applies}. */
    public Filter where(String condition, Map<String, ?> parameters, boolean applies) {
        return applies ? where(condition, parameters) : this;
    }

    /** Case-insensitive substring match over text properties; trigram indexes serve it for Chinese too. */
    public Filter contains(String parameter, String text, String... properties) {
        if (text != null && !text.isBlank()) {
            List<String> any = new ArrayList<>();
            for (String property : properties) {
                // Name the escape character: Hibernate otherwise renders escape '', which turns escaping off.
                any.add(property + " ilike :" + parameter + " escape '\\'");
            }
            conditions.add("(" + String.join(" or ", any) + ")");
            parameters.put(parameter, "%" + escapeLike(text.strip()) + "%");
        }
        return this;
    }

    /** How many of {@code entity}'s rows the filter matches: a list's total without reading its page. */
    public long count(String entity) {
        var counted = Panache.getEntityManager().createQuery("select count(*) from " + entity + " where " + query(),
                Long.class);
        parameters.forEach(counted::setParameter);
        return counted.getSingleResult();
    }

    /**
     * How many of {@code entity}'s rows the filter matches with each of {@code counted}'s conditions besides, in one
     * statement over the rows any of them keeps: a figure in each of several periods, say, its conditions'
     * parameters named apart.
     */
    public long[] countAll(String entity, List<Predicate> counted) {
        return countAllBy(entity, null, null, counted).get(null);
    }

    /**
     * How many of {@code entity}'s rows the filter matches with each figure's condition ({@code counting}) besides,
     * in one scan of the rows any of them keeps: several figures of one list, each its total with its own condition.
     */
    public <F extends Enum<F>> Map<F, Long> countEach(String entity, Class<F> type, List<F> figures,
            Function<F, Predicate> counting) {
        return countEachBy(entity, null, null, type, figures, counting).get(null);
    }

    /**
     * {@link #countEach} for each of {@code ids} of {@code by}, a to-one path such as {@code platform} or
     * {@code member.group} ({@link #countBy}), in one statement; or, with {@code by} null, for the whole filter
     * under a null key.
     */
    public <F extends Enum<F>> Map<Long, Map<F, Long>> countEachBy(String entity, String by, List<Long> ids,
            Class<F> type, List<F> figures, Function<F, Predicate> counting) {
        Map<Long, Map<F, Long>> totals = new HashMap<>();
        countAllBy(entity, by, ids, figures.stream().map(counting).toList()).forEach((id, counted) -> {
            Map<F, Long> each = new EnumMap<>(type);
            for (int i = 0; i < figures.size(); i++) {
                each.put(figures.get(i), counted[i]);
            }
            totals.put(id, each);
        });
        return totals;
    }

    /** {@link #countAll} for each of {@code ids} of {@code by}, or for the whole filter under a null key. */
    private Map<Long, long[]> countAllBy(String entity, String by, List<Long> ids, List<Predicate> counted) {
        List<String> counts = new ArrayList<>();
        List<String> any = new ArrayList<>();
        Map<String, Object> all = new HashMap<>(parameters);
        for (Predicate each : counted) {
            counts.add("count(*) filter (where " + each.condition() + ")");
            any.add("(" + each.condition() + ")");
            all.putAll(each.parameters());
        }
        String key = by == null ? "" : by + ".id, ";
        // By a member's group or sector: the member is the record's committee's, which lets PostgreSQL find the
        // committee's members by their index (see recordsBy).
        String members = by != null && by.startsWith("member.") && parameters.containsKey("committeeId")
                ? " and member.committee.id = :committeeId" : "";
        var query = Panache.getEntityManager().createQuery("select " + key + String.join(", ", counts) + " from "
                + entity + " where " + query() + " and (" + String.join(" or ", any) + ")" + members
                + (by == null ? "" : " and " + by + ".id in :gIds group by " + by + ".id"), Object[].class);
        all.forEach(query::setParameter);
        if (by != null) {
            query.setParameter("gIds", ids);
        }
        Map<Long, long[]> totals = new HashMap<>();
        for (Long id : by == null ? Collections.<Long>singletonList(null) : ids) {
            totals.put(id, new long[counted.size()]);
        }
        int first = by == null ? 0 : 1;
        for (Object[] row : query.getResultList()) {
            long[] each = totals.get(by == null ? null : (Long) row[0]);
            for (int i = 0; i < each.length; i++) {
                each[i] = ((Number) row[first + i]).longValue();
            }
        }
        return totals;
    }

    /**
     * The records of {@code entity} the filter matches that any figure counts ({@code counting} its condition), each
     * with the figures that count it; the filter itself keeps only those records from then on, so a question about
     * who took part in them ({@link #recordsBy}) reads no others.
     */
    public <F extends Enum<F>> Map<Long, Set<F>> countedBy(String entity, Class<F> type, List<F> figures,
            Function<F, Predicate> counting) {
        // Each record's figures as the bits of one number: a row of two columns, not one per figure, to read.
        List<String> bits = new ArrayList<>();
        List<String> any = new ArrayList<>();
        Map<String, Object> all = new HashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            Predicate each = counting.apply(figures.get(i));
            bits.add("case when " + each.condition() + " then " + (1 << i) + " else 0 end");
            any.add("(" + each.condition() + ")");
            all.putAll(each.parameters());
        }
        where("(" + String.join(" or ", any) + ")", all);
        var query = Panache.getEntityManager().createQuery("select id, " + String.join(" + ", bits) + " from "
                + entity + " where " + query(), Object[].class);
        parameters.forEach(query::setParameter);
        Map<Long, Set<F>> counted = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            int flags = ((Number) row[1]).intValue();
            Set<F> of = EnumSet.noneOf(type);
            for (int i = 0; i < figures.size(); i++) {
                if ((flags & 1 << i) != 0) {
                    of.add(figures.get(i));
                }
            }
            counted.put((Long) row[0], of);
        }
        return counted;
    }

    /**
     * How many of {@code entity}'s rows the filter matches for each of {@code ids} of {@code by}, a to-one path such
     * as {@code township} or {@code member.group}: a list's total for each of a report's rows in one grouped
     * question, 0 where none.
     */
    public Map<Long, Long> countBy(String entity, String by, List<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        ids.forEach(id -> counts.put(id, 0L));
        var counted = Panache.getEntityManager().createQuery("select " + by + ".id, count(*) from " + entity
                + " where " + query() + " and " + by + ".id in :gIds group by " + by + ".id", Object[].class);
        parameters.forEach(counted::setParameter);
        counted.setParameter("gIds", ids);
        for (Object[] row : counted.getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /**
     * The ids of {@code entity}'s records the filter matches that each of {@code ids} took part in: a member
     * ({@code key} empty), or a member of a group ({@code .group}) or sector ({@code .sector}). {@code join} joins
     * the record {@code e} to its participants and {@code member} names one of them (with {@code condition}, true
     * or a condition on the join naming {@code joined}'s parameters): a report's rows by who took part, each a
     * set, as a record counts once however many of a group took part.
     */
    public Map<Long, Set<Long>> recordsBy(String entity, String join, String member, String condition,
            Map<String, ?> joined, String key, List<Long> ids) {
        Map<Long, Set<Long>> records = new HashMap<>();
        ids.forEach(id -> records.put(id, new HashSet<>()));
        // A record's members are its committee's: saying so lets PostgreSQL find the committee's members by their
        // index rather than every member of every group asked (134 groups, a province's members read in full).
        String members = parameters.containsKey("committeeId") ? member + ".committee.id = :committeeId and " : "";
        var pairs = Panache.getEntityManager().createQuery("select " + member + key + ".id, e.id from " + entity
                + " e " + join + " where e.id in (select id from " + entity + " where " + query() + ") and "
                + members + member + key + ".id in :gIds and " + condition, Object[].class);
        parameters.forEach(pairs::setParameter);
        joined.forEach(pairs::setParameter);
        pairs.setParameter("gIds", ids);
        for (Object[] row : pairs.getResultList()) {
            records.get((Long) row[0]).add((Long) row[1]);
        }
        return records;
    }

    public String query() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
