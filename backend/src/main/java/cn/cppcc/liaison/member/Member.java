package cn.cppcc.liaison.member;

import cn.cppcc.liaison.kernel.Masking;
import cn.cppcc.liaison.kernel.Versioned;
import cn.cppcc.liaison.kernel.Caller;
import java.time.Instant;
import java.time.LocalDate;

/** A member as clients read it, with the names of the sector, group and township it refers to. */
public record Member(
        long id,
        long committeeId,
        String name,
        Gender gender,
        Integer birthYear,
        String ethnicity,
        String party,
        long sectorId,
        String sectorName,
        Long groupId,
        String groupName,
        Long townshipId,
        String townshipName,
        String employer,
        String jobTitle,
        String phone,
        LocalDate termStart,
        LocalDate termEnd,
        MemberStatus status,
        String statusReason,
        LocalDate statusDate,
        int version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    /** The member as {@code caller} may see it: the phone number masked unless they may see personal data. */
    static Member of(MemberEntity e, Caller caller) {
        String phone = e.phone == null || caller.seesPersonalDataOf(e.id, e.group == null ? null : e.group.id)
                ? e.phone : Masking.phone(e.phone);
        return new Member(e.id, e.committee.id, e.name, e.gender,
                e.birthYear == null ? null : e.birthYear.intValue(), e.ethnicity, e.party,
                e.sector.id, e.sector.name,
                e.group == null ? null : e.group.id, e.group == null ? null : e.group.name,
                e.township == null ? null : e.township.id, e.township == null ? null : e.township.name,
                e.employer, e.jobTitle, phone, e.termStart, e.termEnd,
                e.status, e.statusReason, e.statusDate, e.version, e.createdAt, e.updatedAt);
    }
}
