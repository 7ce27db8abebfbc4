package cn.cppcc.liaison.township;

import cn.cppcc.liaison.kernel.Versioned;
import java.time.Instant;

/** A township as clients read it. */
public record Township(long id, long committeeId, String name, TownshipKind kind, int version, Instant createdAt,
        Instant updatedAt) implements Versioned {

    static Township of(TownshipEntity e) {
        return new Township(e.id, e.committee.id, e.name, e.kind, e.version, e.createdAt, e.updatedAt);
    }
}
