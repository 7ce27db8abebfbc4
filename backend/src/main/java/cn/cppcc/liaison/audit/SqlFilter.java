package cn.cppcc.liaison.audit;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.member.MemberService;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The where clause of a native query from the filters a client actually sent; columns are constants. */
final class SqlFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    SqlFilter equal(String column, String parameter, Object value) {
        return where(column + " = :" + parameter, parameter, value);
    }

    /** A condition naming {@code :parameter}, added only when the client sent a value. */
    SqlFilter where(String condition, String parameter, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** Whole days in Beijing time, both ends included, whatever zone the server runs in. */
    SqlFilter period(String column, LocalDate from, LocalDate to) {
        where(column + " >= :from", "from",
                from == null ? null : from.atStartOfDay(OfficeClock.ZONE).toInstant());
        return where(column + " < :until", "until",
                to == null ? null : to.plusDays(1).atStartOfDay(OfficeClock.ZONE).toInstant());
    }

    String sql() {
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
