package cn.cppcc.liaison.opinion;

import cn.cppcc.liaison.kernel.Versioned;
import java.time.Instant;

public record OpinionCategory(long id, long committeeId, String name, int sortOrder, int version, Instant createdAt,
        Instant updatedAt) implements Versioned {

    static OpinionCategory of(OpinionCategoryEntity e) {
        return new OpinionCategory(e.id, e.committee.id, e.name, e.sortOrder, e.version, e.createdAt, e.updatedAt);
    }
}
