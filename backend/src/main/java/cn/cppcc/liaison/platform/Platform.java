package cn.cppcc.liaison.platform;

import cn.cppcc.liaison.kernel.Versioned;
import java.time.Instant;

/** A platform as clients read it, with its township's name. */
public record Platform(long id, long committeeId, long townshipId, String townshipName, String name, String address,
        String description, int version, Instant createdAt, Instant updatedAt) implements Versioned {

    static Platform of(PlatformEntity e) {
        return new Platform(e.id, e.committee.id, e.township.id, e.township.name, e.name, e.address, e.description,
                e.version, e.createdAt, e.updatedAt);
    }
}
