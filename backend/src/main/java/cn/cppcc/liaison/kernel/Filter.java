package cn.cppcc.liaison.kernel;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
