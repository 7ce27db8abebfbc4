package cn.cppcc.liaison.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Counts the rows that refer to a record, for the 409 a delete answers when it would orphan them. */
@ApplicationScoped
public class References {

    @Inject
    EntityManager em;

    /** Starts a check; {@code table} and {@code column} are constants of the calling service, never input. */
    public Check check(String what, long id) {
        return new Check(what, id);
    }

    public final class Check {
        private final InUseCheck inUse;
        private final long id;

        private Check(String what, long id) {
            this.inUse = InUseCheck.of(what);
            this.id = id;
        }

        public Check count(String table, String column, String resource, String label) {
            return count(table, column, "true", resource, label);
        }

        /** Counts only the referring rows that meet {@code condition}, a constant SQL predicate. */
        public Check count(String table, String column, String condition, String resource, String label) {
            Number n = (Number) em.createNativeQuery(
                            "select count(*) from " + table + " where " + column + " = ?1 and " + condition)
                    .setParameter(1, id).getSingleResult();
            inUse.count(resource, label, n.longValue());
            return this;
        }

        public void orThrow() {
            inUse.orThrow();
        }
    }
}
