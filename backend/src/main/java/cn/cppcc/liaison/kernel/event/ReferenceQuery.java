package cn.cppcc.liaison.kernel.event;

/**
 * "What of yours still refers to this record?", asked of every feature before a delete. Each feature observes
 * it once (one bean per feature) and counts the rows of its own tables that name the record.
 */
public final class ReferenceQuery {

    /** Counts the rows of {@code table} whose {@code column} names the record and that meet {@code condition}. */
    @FunctionalInterface
    public interface RowCounter {
        long count(String table, String column, String condition, long id);
    }

    /** Takes what refers to the record: the resource and label of the referring rows and their number. */
    @FunctionalInterface
    public interface Found {
        void add(String resource, String label, long count);
    }

    private final Class<?> type;
    private final long id;
    private final Found found;
    private final RowCounter rows;

    public ReferenceQuery(Class<?> type, long id, Found found, RowCounter rows) {
        this.type = type;
        this.id = id;
        this.found = found;
        this.rows = rows;
    }

    /** Whether the record about to be deleted is of this entity type. */
    public boolean is(Class<?> entity) {
        return type == entity;
    }

    public long id() {
        return id;
    }

    /**
     * When the record is a {@code target}, counts the rows of {@code table} whose {@code column} names it;
     * {@code table} and {@code column} are the observing feature's own constants, never input.
     */
    public ReferenceQuery count(Class<?> target, String table, String column, String resource, String label) {
        return count(target, table, column, "true", resource, label);
    }

    /** The same, counting only the referring rows that meet {@code condition}, a constant SQL predicate. */
    public ReferenceQuery count(Class<?> target, String table, String column, String condition, String resource,
            String label) {
        if (is(target)) {
            found.add(resource, label, rows.count(table, column, condition, id));
        }
        return this;
    }
}
