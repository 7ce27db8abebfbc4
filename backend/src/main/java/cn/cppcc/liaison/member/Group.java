package cn.cppcc.liaison.member;

import cn.cppcc.liaison.kernel.Versioned;
import java.time.Instant;

/** A sector activity group as clients read it, with the names it refers to and how many members it has. */
public record Group(
        long id,
        long committeeId,
        String name,
        Long sectorId,
        String sectorName,
        Long convenorId,
        String convenorName,
        String liaisonName,
        String liaisonTitle,
        long memberCount,
        int version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    static Group of(GroupEntity e, long memberCount) {
        return new Group(e.id, e.committee.id, e.name,
                e.sector == null ? null : e.sector.id, e.sector == null ? null : e.sector.name,
                e.convenor == null ? null : e.convenor.id, e.convenor == null ? null : e.convenor.name,
                e.liaisonName, e.liaisonTitle, memberCount, e.version, e.createdAt, e.updatedAt);
    }
}
