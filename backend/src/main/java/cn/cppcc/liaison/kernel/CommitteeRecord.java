package cn.cppcc.liaison.kernel;

/** A record that belongs to one committee: who may see it, and whether a body may name it, follow from that. */
public interface CommitteeRecord {

    Long committeeId();

    /**
     * The record a request body names on {@code field}: it must exist (else 400 on the field) and belong to the
     * given committee.
     */
    static <E extends CommitteeRecord> E referenced(E record, String field, String what, long id, long committeeId) {
        VersionedEntity.referenced(record, field, what, id);
        if (!record.committeeId().equals(committeeId)) {
            throw ApiProblem.invalid(field, what + " " + id + " 不属于该政协");
        }
        return record;
    }
}
