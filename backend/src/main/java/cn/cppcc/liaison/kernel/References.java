package cn.cppcc.liaison.kernel;

import cn.cppcc.liaison.kernel.event.ReferenceQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Hibernate;

/**
 * Before a delete, asks every feature what of its records still refers to the record ({@link ReferenceQuery});
 * the 409 names them all. The deleting feature never lists another feature's tables.
 */
@ApplicationScoped
public class References {

    @Inject
    EntityManager em;

    @Inject
    Event<ReferenceQuery> queries;

    /** Answers 409 {@code in-use} naming everything that refers to the {@code type} record {@code id}. */
    public void requireUnused(String what, Class<?> type, long id) {
        InUseCheck found = InUseCheck.of(what);
        queries.fire(new ReferenceQuery(type, id, found::count, this::rows));
        found.orThrow();
    }

    /** Deletes the record once nothing refers to it; else the 409 names what does. */
    public void delete(String what, VersionedEntity record) {
        requireUnused(what, Hibernate.getClass(record), record.id);
        record.delete();
    }

    private long rows(String table, String column, String condition, long id) {
        return ((Number) em.createNativeQuery("select count(*) from " + table + " where " + column + " = ?1 and "
                + condition).setParameter(1, id).getSingleResult()).longValue();
    }
}
