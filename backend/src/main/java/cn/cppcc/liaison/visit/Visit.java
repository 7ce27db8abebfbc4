package cn.cppcc.liaison.visit;

import cn.cppcc.liaison.kernel.Versioned;
import cn.cppcc.liaison.member.MemberRef;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A visit as clients read it, with the names of its place and members. The opinions a visit produced will
 * refer to it by id (opinion.visitId) and be counted there; the visit itself carries no count of them.
 */
public record Visit(
        long id,
        long committeeId,
        VisitKind kind,
        LocalDate date,
        @JsonFormat(pattern = "HH:mm") LocalTime startTime,
        @JsonFormat(pattern = "HH:mm") LocalTime endTime,
        long townshipId,
        String townshipName,
        Long villageId,
        String villageName,
        Long studioId,
        String studioName,
        Long platformId,
        String platformName,
        List<MemberRef> members,
        int peopleReceived,
        String topic,
        String notes,
        String recordedBy,
        int version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    static Visit of(VisitEntity e) {
        return new Visit(e.id, e.committee.id, e.kind, e.visitDate, e.startTime, e.endTime,
                e.township.id, e.township.name,
                e.village == null ? null : e.village.id, e.village == null ? null : e.village.name,
                e.studio == null ? null : e.studio.id, e.studio == null ? null : e.studio.name,
                e.platform == null ? null : e.platform.id, e.platform == null ? null : e.platform.name,
                e.members.stream().map(MemberRef::of).toList(),
                e.peopleReceived, e.topic, e.notes, e.recordedBy, e.version, e.createdAt, e.updatedAt);
    }
}
