package cn.cppcc.liaison.sector;

import cn.cppcc.liaison.kernel.Versioned;
import java.time.Instant;

/** A sector as clients read it. */
public record Sector(long id, long committeeId, String name, int sortOrder, int version, Instant createdAt,
        Instant updatedAt) implements Versioned {

    static Sector of(SectorEntity e) {
        return new Sector(e.id, e.committee.id, e.name, e.sortOrder, e.version, e.createdAt, e.updatedAt);
    }
}
