package cn.cppcc.liaison.kernel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An HQL condition and the parameters it names: how a figure's definition (an enum per record type, such as
 * {@code OutcomeFigure}) is handed to a list's {@link Filter} and to the reports that count the same thing.
 * Parameter names carry a prefix, so one query can hold two figures, or one figure at two dates.
 */
public record Predicate(String condition, Map<String, Object> parameters) {

    /** The condition that is not met: for a {@code false} filter (not overdue, not unrecorded). */
    public Predicate negated() {
        return new Predicate("not " + condition, parameters);
    }

    /** Builds a conjunction; every condition names its parameters through {@link #param}. */
    public static final class Builder {

        private final String prefix;
        private final List<String> all = new ArrayList<>();
        private final Map<String, Object> parameters = new HashMap<>();

        public Builder(String prefix) {
            this.prefix = prefix;
        }

        /** Registers a value and answers its placeholder, {@code :prefixname}. */
        public String param(String name, Object value) {
            parameters.put(prefix + name, value);
            return ":" + prefix + name;
        }

        public Builder and(String condition) {
            all.add(condition);
            return this;
        }

        /** {@code property} from {@code from} to {@code to}, both days included, either end open. */
        public Builder between(String property, Object from, Object to) {
            if (from != null) {
                all.add(property + " >= " + param(property.replace('.', '_') + "_lo", from));
            }
            if (to != null) {
                all.add(property + " <= " + param(property.replace('.', '_') + "_hi", to));
            }
            return this;
        }

        public Predicate build() {
            return new Predicate(all.isEmpty() ? "(1 = 1)" : "(" + String.join(" and ", all) + ")",
                    Map.copyOf(parameters));
        }
    }
}
