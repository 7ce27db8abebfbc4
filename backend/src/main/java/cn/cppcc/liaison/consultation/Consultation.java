package cn.cppcc.liaison.consultation;

import cn.cppcc.liaison.kernel.Versioned;
import cn.cppcc.liaison.opinion.OpinionRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** A consultation as clients read it, with its attendance counted. */
public record Consultation(
        long id,
        long committeeId,
        ConsultationKind kind,
        LocalDate date,
        long townshipId,
        String townshipName,
        Long platformId,
        String platformName,
        Long studioId,
        String studioName,
        String topic,
        String summary,
        List<OpinionRef> opinions,
        List<Participant> members,
        Counts attendance,
        List<Guest> guests,
        int outcomeCount,
        String recordedBy,
        int version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    public record Participant(long id, String name, Attendance attendance) {
    }

    public record Counts(int present, int excused, int absent) {
    }

    static Consultation of(ConsultationEntity e, int outcomeCount) {
        List<Participant> members = e.members.entrySet().stream()
                .map(m -> new Participant(m.getKey().id, m.getKey().name, m.getValue()))
                .sorted(Comparator.comparingLong(Participant::id)).toList();
        Counts counts = new Counts(count(members, Attendance.PRESENT), count(members, Attendance.EXCUSED),
                count(members, Attendance.ABSENT));
        return new Consultation(e.id, e.committee.id, e.kind, e.heldOn, e.township.id, e.township.name,
                e.platform == null ? null : e.platform.id, e.platform == null ? null : e.platform.name,
                e.studio == null ? null : e.studio.id, e.studio == null ? null : e.studio.name,
                e.topic, e.summary, e.opinions.stream().map(OpinionRef::of).toList(), members, counts,
                List.copyOf(e.guests), outcomeCount, e.recordedBy, e.version, e.createdAt, e.updatedAt);
    }

    private static int count(List<Participant> members, Attendance attendance) {
        return (int) members.stream().filter(m -> m.attendance() == attendance).count();
    }
}
