package cn.cppcc.liaison.studio;

import cn.cppcc.liaison.kernel.Versioned;
import cn.cppcc.liaison.member.MemberRef;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A studio as clients read it, with the names of its township, platform, residents and lead. */
public record Studio(
        long id,
        long committeeId,
        long townshipId,
        String townshipName,
        Long platformId,
        String platformName,
        String name,
        StudioMode mode,
        String address,
        String onlineAddress,
        Schedule schedule,
        List<MemberRef> residents,
        Long leadMemberId,
        String leadMemberName,
        int version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    static Studio of(StudioEntity e) {
        Schedule schedule = new Schedule(Arrays.asList(e.scheduleWeekdays), Arrays.asList(e.scheduleMonthDays),
                e.scheduleNote);
        return new Studio(e.id, e.committee.id, e.township.id, e.township.name,
                e.platform == null ? null : e.platform.id, e.platform == null ? null : e.platform.name,
                e.name, e.mode, e.address, e.onlineAddress, schedule,
                e.residents.stream().map(MemberRef::of).toList(),
                e.lead == null ? null : e.lead.id, e.lead == null ? null : e.lead.name,
                e.version, e.createdAt, e.updatedAt);
    }
}
