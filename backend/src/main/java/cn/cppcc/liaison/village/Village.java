package cn.cppcc.liaison.village;

import cn.cppcc.liaison.kernel.Versioned;
import java.time.Instant;

/** A village or community as clients read it, with the township and committee it lies in. */
public record Village(long id, long townshipId, String townshipName, long committeeId, String name, VillageKind kind,
        int version, Instant createdAt, Instant updatedAt) implements Versioned {

    static Village of(VillageEntity e) {
        return new Village(e.id, e.township.id, e.township.name, e.township.committee.id, e.name, e.kind, e.version,
                e.createdAt, e.updatedAt);
    }
}
