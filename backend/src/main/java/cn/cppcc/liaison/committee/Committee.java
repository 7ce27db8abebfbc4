package cn.cppcc.liaison.committee;

import cn.cppcc.liaison.kernel.Versioned;
import java.time.Instant;
import java.time.LocalDate;

/** A committee as clients read it. */
public record Committee(
        long id,
        String name,
        String region,
        int termNumber,
        LocalDate termStart,
        LocalDate termEnd,
        Long parentId,
        int version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    static Committee of(CommitteeEntity e) {
        return new Committee(e.id, e.name, e.region, e.termNumber, e.termStart, e.termEnd,
                e.parent == null ? null : e.parent.id, e.version, e.createdAt, e.updatedAt);
    }
}
