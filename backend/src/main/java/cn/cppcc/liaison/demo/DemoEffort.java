package cn.cppcc.liaison.demo;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.member.GroupEntity;
import cn.cppcc.liaison.member.MemberEntity;
import cn.cppcc.liaison.member.MemberStatus;
import cn.cppcc.liaison.security.AccountEntity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much each active member of a demo committee does, so the member's record (履职档案) and the annual evaluation
 * find what an office finds: most members at work, a few 挂牌委员 who do nothing at all (invited to consultations they
 * never attend, their duty turns missed), about ten who do very little (a visit a year, an annual training, their
 * duty turns missed, no opinion: below 三个一), and two added mid-term (增补委员) last summer, at work only since.
 * Decided by the member's place on the roster, so every load is the same; convenors and members with a demo account
 * are always at work.
 */
final class DemoEffort {

    /** Positions among the eligible members: few 挂牌委员, about ten doing very little, two added last summer. */
    private static final int[] IDLE = {23, 64, 105, 146};
    private static final int[] SPARSE = {5, 22, 39, 56, 73, 90, 107, 124, 141, 158};
    private static final int[] JOINED = {30, 120};

    private final Set<Long> idle = new HashSet<>();
    private final Set<Long> sparse = new HashSet<>();
    private final Map<Long, LocalDate> joined = new HashMap<>();

    private DemoEffort() {
    }

    /**
     * Marks the committee's members; those added mid-term get their term's start, a day of last July or August. To be
     * called once the roster, the groups' convenors and the accounts are stored.
     */
    static DemoEffort plan(CommitteeEntity committee, LocalDate today) {
        DemoEffort effort = new DemoEffort();
        Set<Long> spared = new HashSet<>();
        GroupEntity.<GroupEntity>list("committee", committee).stream().filter(g -> g.convenor != null)
                .forEach(g -> spared.add(g.convenor.id));
        AccountEntity.<AccountEntity>list("committee = ?1 and member is not null", committee)
                .forEach(a -> spared.add(a.member.id));
        List<MemberEntity> eligible = new ArrayList<>();
        for (MemberEntity member : MemberEntity.<MemberEntity>list("committee = ?1 and status = ?2 order by id",
                committee, MemberStatus.ACTIVE)) {
            if (!spared.contains(member.id)) {
                eligible.add(member);
            }
        }
        for (int i : IDLE) {
            if (i < eligible.size()) {
                effort.idle.add(eligible.get(i).id);
            }
        }
        for (int i : SPARSE) {
            if (i < eligible.size()) {
                effort.sparse.add(eligible.get(i).id);
            }
        }
        // Added at the standing committee's summer meeting of last year (增补委员).
        LocalDate added = LocalDate.of(today.getYear() - 1, "铁力市".equals(committee.region) ? 7 : 8,
                "铁力市".equals(committee.region) ? 16 : 22);
        for (int i : JOINED) {
            if (i < eligible.size()) {
                MemberEntity member = eligible.get(i);
                member.termStart = added;
                effort.joined.put(member.id, added);
            }
        }
        return effort;
    }

    /** A 挂牌委员: no recorded work at all. */
    boolean idle(long member) {
        return idle.contains(member);
    }

    /** Does very little: a visit a year and the annual training at most. */
    boolean sparse(long member) {
        return sparse.contains(member);
    }

    /** Neither idle nor doing very little: does the usual work. */
    boolean usual(long member) {
        return !idle.contains(member) && !sparse.contains(member);
    }

    /** Whether the member was a member on the day: those added mid-term only from their term's start. */
    boolean inOffice(long member, LocalDate day) {
        LocalDate since = joined.get(member);
        return since == null || !day.isBefore(since);
    }

    /** Whether the member does the usual work on the day: present at visits, hears opinions, files proposals. */
    boolean works(long member, LocalDate day) {
        return usual(member) && inOffice(member, day);
    }

    /** The day the member joined mid-term, or null for members since the term's start. */
    LocalDate joined(long member) {
        return joined.get(member);
    }

    /**
     * Which of the committee's townships (by id, {@code townships} of them) a member of the county seat's units, with
     * no township of their own, liaises with: invited to its consultations, hearing its opinions.
     */
    static int liaisonTownship(long member, int townships) {
        return (int) (member % townships);
    }

        Set<Long> sparseMembers() {
        return sparse;
    }
}
