package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.kernel.Versioned;
import cn.cppcc.liaison.member.MemberRef;
import java.time.Instant;
import java.time.LocalDate;

/** An award as clients read it. */
public record Award(long id, long committeeId, MemberRef member, int year, String title, LocalDate awardedOn,
        String note, String recordedBy, int version, Instant createdAt) implements Versioned {

    static Award of(AwardEntity e) {
        return new Award(e.id, e.committee.id, MemberRef.of(e.member), e.year, e.title, e.awardedOn, e.note,
                e.recordedBy, e.version, e.createdAt);
    }
}
