package cn.cppcc.liaison.record;

import cn.cppcc.liaison.kernel.work.WorkKind;
import cn.cppcc.liaison.member.MemberStatus;
import java.time.LocalDate;
import java.util.List;

/** A member's record (履职档案) for a year: who, the years to choose from, the counts per kind and every item. */
public record MemberRecord(Member member, int year, List<Integer> years, boolean countsOnly, List<Count> counts,
        List<Item> items) {

    public record Member(long id, String name, long committeeId, String sectorName, Long groupId, String groupName,
            MemberStatus status) {
    }

    /** A kind's items and the people they reached or received. */
    public record Count(WorkKind kind, String label, int count, long amount) {
    }

    /** One item, linking to its source record. */
    public record Item(WorkKind kind, String label, LocalDate date, String recordType, long recordId, String title,
            int amount, String detail) {
    }
}
