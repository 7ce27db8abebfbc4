package cn.cppcc.liaison.member;

import cn.cppcc.liaison.audit.AuditRecordType;
import cn.cppcc.liaison.audit.PersonalDataReads;
import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.Caller;
import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.CommitteeRecord;
import cn.cppcc.liaison.kernel.FieldChecks;
import cn.cppcc.liaison.kernel.Filter;
import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.Period;
import cn.cppcc.liaison.kernel.PageResult;
import cn.cppcc.liaison.kernel.Problem;
import cn.cppcc.liaison.kernel.ProblemType;
import cn.cppcc.liaison.kernel.References;
import cn.cppcc.liaison.kernel.Sorting;
import cn.cppcc.liaison.kernel.Text;
import cn.cppcc.liaison.kernel.Versions;
import cn.cppcc.liaison.sector.SectorEntity;
import cn.cppcc.liaison.sector.SectorService;
import cn.cppcc.liaison.township.TownshipEntity;
import cn.cppcc.liaison.township.TownshipService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class MemberService {

    @Inject
    OfficeClock clock;


    @Inject
    CallerContext callerContext;

    /** The committees' offices keep Beijing time, whatever zone the server runs in. */


    private static final Map<String, String> SORTABLE = Map.of(
            "id", "id", "name", "name", "birthYear", "birthYear", "createdAt", "createdAt");

    @Inject
    References references;

    @Inject
    PersonalDataReads personalDataReads;

    @Inject
    IdleMembers idleMembers;

    /**
     * The members the filters match; with {@code idleFrom}–{@code idleTo} only the 挂牌委员 of that period: in office
     * at some time in it, with no work of any kind in it (as the member's record counts work).
     */
    public PageResult<Member> list(PageParams page, Long committeeId, Long sectorId, Long groupId, Long townshipId,
            MemberStatus status, String q, LocalDate idleFrom, LocalDate idleTo) {
        Caller caller = callerContext.get();
        Filter filter = filter(caller, committeeId, sectorId, groupId, townshipId, status, q);
        Sort sort = Sorting.parse(page.sort, SORTABLE, "id");
        // The sectors, groups and townships the page names load in batches (hibernate fetch batch-size).
        PageResult<Member> result = idleFrom == null && idleTo == null
                ? PageResult.of(MemberEntity.find(filter.query(), sort, filter.parameters()), page,
                        (MemberEntity member) -> Member.of(member, caller))
                : page(idle(caller, committeeId, filter, sort, idleFrom, idleTo), page, caller);
        logPhonesShown(committeeId != null ? committeeId : caller.committeeId(), result.items());
        return result;
    }

    /**
     * {@link #countIdle} of the whole committee in each of the periods, in one statement when the caller's list
     * shows all its members (the roster a report reads anyway), else period by period.
     */
    public List<Long> countIdleEach(long committeeId, List<Period> periods) {
        Caller caller = callerContext.get();
        if (seesAllMembers(caller, committeeId)) {
            return idleMembers.countEach(committeeId, MemberTerms.memberIds(committeeId), periods);
        }
        return periods.stream().map(p -> countIdle(committeeId, null, null, null, p.from(), p.to())).toList();
    }

    /** How many 挂牌委员 the list gives for these filters and period: the report's figure, the list's total. */
    public long countIdle(long committeeId, Long sectorId, Long groupId, Long townshipId, LocalDate from,
            LocalDate to) {
        Caller caller = callerContext.get();
        if (sectorId == null && groupId == null && townshipId == null
                && seesAllMembers(caller, committeeId)) {
            // The whole committee, all of whose members the caller's list shows: the roster a report reads anyway.
            return idleMembers.of(committeeId, MemberTerms.memberIds(committeeId), from, to).size();
        }
        return idle(caller, committeeId, filter(caller, committeeId, sectorId, groupId, townshipId, null, null),
                Sort.by("id"), from, to).size();
    }

    /**
     * {@link #countIdle} for each sector, group or township ({@code by}) of {@code ids}: the committee's idle members
     * found once, then counted by their own sector, group or township as the roster has them.
     */
    public Map<Long, Long> countIdleBy(String by, List<Long> ids, long committeeId, LocalDate from, LocalDate to) {
        Caller caller = callerContext.get();
        // The committee's members from the roster a report reads anyway when the caller's list shows them all.
        Set<Long> idle = new HashSet<>(seesAllMembers(caller, committeeId)
                ? idleMembers.of(committeeId, MemberTerms.memberIds(committeeId), from, to)
                : idle(caller, committeeId, filter(caller, committeeId, null, null, null, null, null), Sort.by("id"),
                        from, to));
        Map<Long, Long> counts = new HashMap<>();
        ids.forEach(id -> counts.put(id, 0L));
        var members = MemberEntity.getEntityManager().createQuery("select " + by + ".id, id from MemberEntity"
                + " where committee.id = :c and " + by + ".id in :gIds", Object[].class)
                .setParameter("c", committeeId).setParameter("gIds", ids);
        for (Object[] row : members.getResultList()) {
            if (idle.contains((Long) row[1])) {
                counts.merge((Long) row[0], 1L, Long::sum);
            }
        }
        return counts;
    }

    /** Whether the caller's member list shows all the committee's members: the roster a report reads then serves. */
    private static boolean seesAllMembers(Caller caller, long committeeId) {
        return caller.committeeId() == null || caller.committeeId() == committeeId;
    }

    private static Filter filter(Caller caller, Long committeeId, Long sectorId, Long groupId, Long townshipId,
            MemberStatus status, String q) {
        return caller.filter("committee.id")
                .equal("committee.id", "committeeId", committeeId)
                .equal("sector.id", "sectorId", sectorId)
                .equal("group.id", "groupId", groupId)
                .equal("township.id", "townshipId", townshipId)
                .equal("status", "status", status)
                .contains("q", q, "name", "employer");
    }

    /** The ids of the filter's members idle from–to, in the list's order: one committee's, whose work is asked. */
    private List<Long> idle(Caller caller, Long committeeId, Filter filter, Sort sort, LocalDate from, LocalDate to) {
        Long committee = committeeId != null ? committeeId : caller.committeeId();
        new FieldChecks()
                .check(from == null, "idleFrom", "给出 idleTo 时须同时给出 idleFrom（未履职时期的开始日期）")
                .check(to == null, "idleTo", "给出 idleFrom 时须同时给出 idleTo（未履职时期的结束日期）")
                .check(from != null && to != null && to.isBefore(from), "idleTo",
                        "结束日期 " + to + " 不能早于开始日期 " + from)
                .check(committee == null, "committeeId", "查找挂牌委员（idleFrom、idleTo）时须给出政协（committeeId）")
                .done();
        var ids = MemberEntity.getEntityManager().createQuery("select id from MemberEntity where " + filter.query()
                + " order by " + orderBy(sort), Long.class);
        filter.parameters().forEach(ids::setParameter);
        return idleMembers.of(committee, ids.getResultList(), from, to);
    }

    /** One page of the members whose ids are given in the list's order, {@code total} all of them. */
    private static PageResult<Member> page(List<Long> ids, PageParams page, Caller caller) {
        int first = Math.min((page.page - 1) * page.size, ids.size());
        List<Long> shown = ids.subList(first, Math.min(first + page.size, ids.size()));
        Map<Long, MemberEntity> rows = shown.isEmpty() ? Map.of()
                : MemberEntity.<MemberEntity>list("id in ?1", shown).stream()
                        .collect(Collectors.toMap(m -> m.id, Function.identity()));
        return new PageResult<>(shown.stream().map(id -> Member.of(rows.get(id), caller)).toList(), page.page,
                page.size, ids.size());
    }

    private static String orderBy(Sort sort) {
        return sort.getColumns().stream().map(c -> c.getName()
                + (c.getDirection() == Sort.Direction.Descending ? " desc" : "")).collect(Collectors.joining(", "));
    }

    public Member get(long id) {
        Member member = Member.of(find(id), callerContext.get());
        logPhonesShown(member.committeeId(), List.of(member));
        return member;
    }

    @Transactional
    public Member create(MemberFields fields) {
        MemberEntity member = prepare(CommitteeEntity.referenced(callerContext.get(), "committeeId", fields.committeeId()), fields);
        member.persistAndFlush();
        return Member.of(member, callerContext.get());
    }

    /**
     * A new member of {@code committee} with the member rules applied but not yet stored, so that a roster
     * import checks each row by the same rules and stores all rows or none. Runs inside the caller's transaction.
     */
    public MemberEntity prepare(CommitteeEntity committee, MemberFields fields) {
        MemberEntity member = new MemberEntity();
        member.committee = committee;
        apply(member, fields);
        return member;
    }

    @Transactional
    public Member update(long id, String ifMatch, MemberFields fields) {
        MemberEntity member = find(id);
        Caller caller = callerContext.get();
        caller.requireGroup(member.group == null ? null : member.group.id, "修改");
        if (caller.role().leadsGroup() && !Objects.equals(caller.groupId(), fields.groupId())) {
            throw new ApiProblem(ProblemType.FORBIDDEN, "不能把委员调出本活动组；调整分组请联系委员工作处");
        }
        Versions.checkUpdate("委员", member, ifMatch, fields.committeeId());
        apply(member, fields);
        MemberEntity.flush();
        return Member.of(member, callerContext.get());
    }

    /** Suspends, resumes or removes a member; If-Match is optional here, but a stale one is refused. */
    @Transactional
    public Member changeStatus(long id, String ifMatch, MemberStatusChange change) {
        MemberEntity member = find(id);
        Versions.checkIfGiven("委员", member.version, ifMatch);
        LocalDate today = today();
        LocalDate date = change.date() == null ? today : change.date();
        if (date.isAfter(today)) {
            throw ApiProblem.invalid("date", "状态变更日期不能晚于今天（" + today + "）");
        }
        if (member.statusDate != null && date.isBefore(member.statusDate)) {
            throw ApiProblem.invalid("date", "状态变更日期不能早于上次变更的日期 " + member.statusDate);
        }
        if (member.status == MemberStatus.ACTIVE && change.status() != MemberStatus.ACTIVE) {
            refuseWhileConvenor(member, change.status());
        }
        member.moveTo(change.status(), Text.blankToNull(change.reason()), date);
        MemberEntity.flush();
        return Member.of(member, callerContext.get());
    }

    @Transactional
    public void delete(long id) {
        references.delete("委员", find(id));
    }

    /** A member named in a request body: it must exist and belong to the given committee. */
    public static MemberEntity referenced(String field, long id, long committeeId) {
        return CommitteeRecord.referenced(MemberEntity.findById(id), field, "委员", id, committeeId);
    }

    /**
     * The members a request body lists, loaded in one query, in the order given: each must exist, belong to the
     * committee and be listed once, or a 400 names the entry.
     */
    public static List<MemberEntity> referenced(String field, List<Long> ids, long committeeId) {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                throw ApiProblem.invalid(field + "[" + i + "]", "委员 " + ids.get(i) + " 重复列出");
            }
        }
        Map<Long, MemberEntity> found = ids.isEmpty() ? Map.of()
                : MemberEntity.<MemberEntity>list("id in ?1", ids).stream()
                        .collect(Collectors.toMap(m -> m.id, Function.identity()));
        List<MemberEntity> members = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            MemberEntity member = found.get(ids.get(i));
            if (member == null) {
                throw ApiProblem.unknownReference(field + "[" + i + "]", "委员", ids.get(i));
            }
            if (!member.committee.id.equals(committeeId)) {
                throw ApiProblem.invalid(field + "[" + i + "]", "委员 " + ids.get(i) + " 不属于该政协");
            }
            members.add(member);
        }
        return members;
    }

    /** Who saw which phone numbers unmasked is kept in the personal data reads log. */
    private void logPhonesShown(Long committeeId, List<Member> shown) {
        List<Long> ids = shown.stream().filter(m -> m.phone() != null && !m.phone().contains("*"))
                .map(Member::id).toList();
        personalDataReads.record(AuditRecordType.MEMBER, committeeId, ids, "phone");
    }

    LocalDate today() {
        return clock.today();
    }

    /**
     * A convenor must be in office, so the group needs a new convenor before its convenor leaves office; the 409
     * is in-use, like a delete the groups still block, and names them.
     */
    private void refuseWhileConvenor(MemberEntity member, MemberStatus target) {
        List<GroupEntity> groups = GroupEntity.convenedBy(member.id);
        if (!groups.isEmpty()) {
            String names = groups.stream().map(g -> "“" + g.name + "”").collect(Collectors.joining("、"));
            throw new ApiProblem(ProblemType.IN_USE, "委员" + member.name + "仍是" + names + "的召集人，不能改为 "
                    + target.describe() + "；请先为该组另定召集人", null,
                    List.of(new Problem.Reference("groups", "界别活动组（任召集人）", groups.size())));
        }
    }

    /** The record, or 404 when it does not exist or lies outside the caller's committee. */
    private MemberEntity find(long id) {
        return callerContext.visible(MemberEntity.findById(id), "委员", id);
    }

    private void apply(MemberEntity member, MemberFields fields) {
        long committeeId = member.committee.id;
        FieldChecks checks = new FieldChecks()
                .check(fields.birthYear() != null && fields.birthYear() > today().getYear(), "birthYear",
                        "出生年份不能晚于今年（" + today().getYear() + "）")
                .check(fields.termStart() != null && fields.termEnd() != null
                        && fields.termEnd().isBefore(fields.termStart()), "termEnd", "任期结束日期不能早于开始日期");
        SectorEntity sector = checks.read(() -> SectorService.referenced("sectorId", fields.sectorId(), committeeId));
        GroupEntity group = fields.groupId() == null ? null
                : checks.read(() -> GroupService.referenced("groupId", fields.groupId(), committeeId));
        TownshipEntity township = fields.townshipId() == null ? null
                : checks.read(() -> TownshipService.referenced("townshipId", fields.townshipId(), committeeId));
        checks.done();
        member.sector = sector;
        member.group = group;
        member.township = township;
        member.name = fields.name().strip();
        member.gender = fields.gender();
        member.birthYear = fields.birthYear() == null ? null : fields.birthYear().shortValue();
        member.ethnicity = Text.blankToNull(fields.ethnicity());
        member.party = Text.blankToNull(fields.party());
        member.employer = Text.blankToNull(fields.employer());
        member.jobTitle = Text.blankToNull(fields.jobTitle());
        member.phone = Text.blankToNull(fields.phone());
        member.termStart = fields.termStart();
        member.termEnd = fields.termEnd();
    }


    /**
     * Who may record something these members did (a visit, an activity, an opinion they submit): the office
     * anything; a convenor or liaison what members of their group did, themselves included; a member only what
     * they took part in. {@code what} names the record, {@code part} how a member takes part (参加, 提交).
     */
    public static void requireMayRecord(Caller caller, Collection<MemberEntity> members, String what, String part) {
        switch (caller.role()) {
            case ADMIN, OFFICE -> {
            }
            case CONVENOR, LIAISON -> {
                String outside = members.stream()
                        .filter(m -> (m.group == null || !Objects.equals(m.group.id, caller.groupId()))
                                && !m.id.equals(caller.memberId()))
                        .map(m -> m.name).collect(Collectors.joining("、"));
                if (!outside.isEmpty()) {
                    throw new ApiProblem(ProblemType.FORBIDDEN, caller.role().label + "只能记录本活动组委员" + part + "的"
                            + what + "；" + outside + "不在本组");
                }
            }
            case MEMBER -> {
                if (caller.memberId() == null || members.stream().noneMatch(m -> m.id.equals(caller.memberId()))) {
                    throw new ApiProblem(ProblemType.FORBIDDEN, "委员只能记录本人" + part + "的" + what + "，" + part
                            + "的委员中须有您本人");
                }
            }
            case REPORTER -> throw new ApiProblem(ProblemType.FORBIDDEN, "统计报送账号只能查看");
        }
    }
}
