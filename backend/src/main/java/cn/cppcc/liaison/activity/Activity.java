package cn.cppcc.liaison.activity;

import cn.cppcc.liaison.kernel.Versioned;
import cn.cppcc.liaison.member.MemberRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An activity as clients read it, with its members' names. */
public record Activity(
        long id,
        long committeeId,
        ActivityKind kind,
        LocalDate date,
        String title,
        List<MemberRef> members,
        String description,
        int peopleReached,
        String recordedBy,
        int version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    static Activity of(ActivityEntity e) {
        return new Activity(e.id, e.committee.id, e.kind, e.activityDate, e.title,
                e.members.stream().map(MemberRef::of).toList(), e.description, e.peopleReached, e.recordedBy,
                e.version, e.createdAt, e.updatedAt);
    }
}
