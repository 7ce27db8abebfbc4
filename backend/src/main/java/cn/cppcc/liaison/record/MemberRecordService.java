package cn.cppcc.liaison.record;

import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.Caller;
import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.ProblemType;
import cn.cppcc.liaison.kernel.Role;
import cn.cppcc.liaison.kernel.work.MemberWork;
import cn.cppcc.liaison.kernel.work.MemberWorkQuery;
import cn.cppcc.liaison.kernel.work.WorkKind;
import cn.cppcc.liaison.member.MemberEntity;
import cn.cppcc.liaison.member.MemberStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * 履职档案: everything a member did in a year, as each feature counts it, newest first. Read by the member, their
 * group's convenor and liaison and the office; a reporter sees the counts only.
 */
@ApplicationScoped
public class MemberRecordService {

    @Inject
    CallerContext callerContext;

    @Inject
    OfficeClock clock;

    @Inject
    Event<MemberWorkQuery> work;

    @Transactional
    public MemberRecord get(long memberId, Integer year) {
        Caller caller = callerContext.get();
        MemberEntity member = callerContext.visible(MemberEntity.findById(memberId), "委员", memberId);
        Long groupId = member.group == null ? null : member.group.id;
        // Whoever may see the member's own data reads the record; a reporter reads its counts.
        if (caller.role() != Role.REPORTER && !caller.seesPersonalDataOf(member.id, groupId)) {
            throw new ApiProblem(ProblemType.FORBIDDEN, caller.role() == Role.MEMBER ? "委员只能查看本人的履职档案"
                    : caller.role().label + "只能查看本活动组委员的履职档案");
        }
        int thisYear = clock.year();
        int chosen = year == null ? thisYear : year;
        if (chosen > thisYear) {
            throw ApiProblem.invalid("year", "年度 " + chosen + " 还没有开始（今年是 " + thisYear + " 年）");
        }
        LocalDate first = LocalDate.of(chosen, 1, 1);
        LocalDate last = LocalDate.of(chosen, 12, 31);
        LocalDate today = clock.today();
        MemberWorkQuery query = new MemberWorkQuery(member.committee.id, List.of(member.id), first,
                last.isAfter(today) ? today : last, today);
        work.fire(query);
        List<MemberWork> found = new ArrayList<>(query.items());
        found.sort(Comparator.comparing(MemberWork::date).reversed().thenComparing(MemberWork::kind)
                .thenComparing(Comparator.comparingLong(MemberWork::recordId).reversed()));
        Map<WorkKind, long[]> counts = new EnumMap<>(WorkKind.class);
        for (MemberWork item : found) {
            long[] c = counts.computeIfAbsent(item.kind(), k -> new long[2]);
            c[0]++;
            c[1] += item.amount();
        }
        boolean countsOnly = caller.role() == Role.REPORTER;
        List<MemberRecord.Item> items = countsOnly ? List.of() : found.stream()
                .map(w -> new MemberRecord.Item(w.kind(), w.kind().label, w.date(), w.recordType(), w.recordId(),
                        w.title(), w.amount(), w.detail())).toList();
        return new MemberRecord(new MemberRecord.Member(member.id, member.name, member.committee.id,
                member.sector.name, groupId, member.group == null ? null : member.group.name, member.status),
                chosen, years(member, thisYear), countsOnly,
                counts.entrySet().stream().map(e -> new MemberRecord.Count(e.getKey(), e.getKey().label,
                        (int) e.getValue()[0], e.getValue()[1])).toList(), items);
    }

    /** The years the member served: from the term's start (or the committee's) to its end, removal or this year. */
    static List<Integer> years(MemberEntity member, int thisYear) {
        LocalDate start = member.termStart != null ? member.termStart : member.committee.termStart;
        int from = start == null ? thisYear : Math.min(start.getYear(), thisYear);
        int to = thisYear;
        if (member.termEnd != null) {
            to = Math.min(to, member.termEnd.getYear());
        }
        if (member.status == MemberStatus.REMOVED && member.statusDate != null) {
            to = Math.min(to, member.statusDate.getYear());
        }
        return IntStream.rangeClosed(from, Math.max(from, to)).boxed().toList();
    }
}
