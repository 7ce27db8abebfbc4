package cn.cppcc.liaison.duty;

import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.Caller;
import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.FieldChecks;
import cn.cppcc.liaison.kernel.Filter;
import cn.cppcc.liaison.kernel.Inputs;
import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.PageResult;
import cn.cppcc.liaison.kernel.Participants;
import cn.cppcc.liaison.kernel.Period;
import cn.cppcc.liaison.kernel.Predicate;
import cn.cppcc.liaison.kernel.ProblemType;
import cn.cppcc.liaison.kernel.References;
import cn.cppcc.liaison.kernel.Role;
import cn.cppcc.liaison.kernel.Sorting;
import cn.cppcc.liaison.kernel.Text;
import cn.cppcc.liaison.kernel.Versions;
import cn.cppcc.liaison.kernel.report.Counted;
import cn.cppcc.liaison.member.MemberEntity;
import cn.cppcc.liaison.member.MemberService;
import cn.cppcc.liaison.member.MemberStatus;
import cn.cppcc.liaison.platform.PlatformEntity;
import cn.cppcc.liaison.visit.VisitEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

@ApplicationScoped
public class DutyTurnService {

    @Inject
    OfficeClock clock;

    @Inject
    CallerContext callerContext;

    private static final Map<String, String> SORTABLE = Map.of("id", "id", "month", "month");

    @Inject
    References references;

    /**
     * The turns the filters match. {@code from}–{@code to} keep the turns of the months in the period, and with
     * {@code figure} those the figure counts for it; {@code overdue} is 逾期未记录 today.
     */
    public PageResult<DutyTurn> list(PageParams page, Long committeeId, Long platformId, Participants who, Integer year,
            Integer month, DutyTurnStatus status, Boolean overdue, DutyTurnFigure figure, LocalDate from,
            LocalDate to) {
        if (month != null && year == null) {
            throw ApiProblem.invalid("month", "按月份筛选时须同时给出年份 year");
        }
        YearMonth current = currentMonth();
        Filter filter = filter(committeeId, platformId, who, year, month, status, overdue, figure, from, to);
        return PageResult.of(DutyTurnEntity.find(filter.query(), Sorting.parse(page.sort, SORTABLE, "month"),
                filter.parameters()), page, (DutyTurnEntity turn) -> DutyTurn.of(turn, current));
    }

    /**
     * The list's totals with each of {@code figures} for the same filters, in one scan of the turns of the period's
     * months (each figure counts some of them): what a report asks.
     */
    public Map<DutyTurnFigure, Long> countEach(Long committeeId, Long platformId, Participants who,
            List<DutyTurnFigure> figures, LocalDate from, LocalDate to) {
        Period period = Period.of(from, to, clock.today());
        return filter(committeeId, platformId, who, null, null, null, null, null, from, to)
                .countEach("DutyTurnEntity", DutyTurnFigure.class, figures, f -> f.in(period));
    }

    /** {@link #countEach} of the whole committee for each of the periods, in their order, in one statement. */
    public List<Map<DutyTurnFigure, Long>> countEachOver(long committeeId, List<DutyTurnFigure> figures,
            List<Period> periods) {
        List<Predicate> counted = Counted.conditions(figures, periods, "turn", (f, p, prefix) -> f.in(p, prefix));
        long[] totals = filter(committeeId, null, Participants.ANY, null, null, null, null, null, null, null)
                .countAll("DutyTurnEntity", counted);
        return Counted.byPeriod(DutyTurnFigure.class, figures, periods.size(), totals);
    }

    /**
     * The list's totals with each of {@code figures} for each platform, group, sector or member ({@code by}:
     * {@code platform}, {@code member.group}, {@code member.sector} or {@code member}; a turn has one member) of
     * {@code ids}: one grouped question for all a report's rows.
     */
    public Map<Long, Map<DutyTurnFigure, Long>> countEachBy(String by, List<Long> ids, Long committeeId,
            List<DutyTurnFigure> figures, LocalDate from, LocalDate to) {
        Period period = Period.of(from, to, clock.today());
        return filter(committeeId, null, Participants.ANY, null, null, null, null, null, from, to)
                .countEachBy("DutyTurnEntity", by, ids, DutyTurnFigure.class, figures, f -> f.in(period));
    }

    private Filter filter(Long committeeId, Long platformId, Participants who, Integer year, Integer month,
            DutyTurnStatus status, Boolean overdue, DutyTurnFigure figure, LocalDate from, LocalDate to) {
        Period period = Period.of(from, to, clock.today());
        Predicate counted = figure == null ? DutyTurnFigure.months(period) : figure.in(period);
        Predicate unrecorded = DutyTurnFigure.UNRECORDED.in(Period.untilToday(clock.today()), "today_");
        return callerContext.get().filter("committee.id")
                .equal("committee.id", "committeeId", committeeId)
                .equal("platform.id", "platformId", platformId)
                // A turn has one member: the member on duty, in the group and sector asked.
                .where(who.on("member"), who.parameters(), who.given())
                .equal("status", "status", status)
                .equal("month", "month", month == null ? null : LocalDate.of(year, month, 1))
                .where("month >= :yearStart", "yearStart", year == null || month != null ? null : LocalDate.of(year, 1, 1))
                .where("month <= :yearEnd", "yearEnd", year == null || month != null ? null : LocalDate.of(year, 12, 1))
                .where(counted.condition(), counted.parameters())
                // Overdue: still scheduled in a month that is over (逾期未记录 today).
                .where(unrecorded.condition(), unrecorded.parameters(), Boolean.TRUE.equals(overdue))
                .where(unrecorded.negated().condition(), unrecorded.parameters(), Boolean.FALSE.equals(overdue));
    }

    public DutyTurn get(long id) {
        return DutyTurn.of(find(id), currentMonth());
    }

    @Transactional
    public DutyTurn create(DutyTurnFields fields) {
        DutyTurnEntity turn = new DutyTurnEntity();
        assign(turn, fields);
        turn.persistAndFlush();
        return DutyTurn.of(turn, currentMonth());
    }

    /** Reassigns a scheduled turn to another member, month or platform. */
    @Transactional
    public DutyTurn update(long id, String ifMatch, DutyTurnFields fields) {
        DutyTurnEntity turn = find(id);
        Versions.check("轮值", turn.version, Versions.expected(ifMatch));
        requireScheduled(turn, "修改");
        assign(turn, fields);
        DutyTurnEntity.flush();
        return DutyTurn.of(turn, currentMonth());
    }

    @Transactional
    public void delete(long id) {
        DutyTurnEntity turn = find(id);
        requireScheduled(turn, "删除");
        references.requireUnused("轮值", DutyTurnEntity.class, id);
        turn.delete();
    }

    /** The two turns' members trade places; both must still be scheduled. */
    @Transactional
    public List<DutyTurn> swap(DutyTurnSwap swap) {
        if (swap.firstId().equals(swap.secondId())) {
            throw ApiProblem.invalid("secondId", "请选择两个不同的轮值");
        }
        DutyTurnEntity first = find(swap.firstId());
        DutyTurnEntity second = find(swap.secondId());
        if (!first.committee.id.equals(second.committee.id)) {
            throw ApiProblem.invalid("secondId", "两个轮值须属于同一政协");
        }
        requireScheduled(first, "调换");
        requireScheduled(second, "调换");
        refuseIfBusyElsewhere(first.member, second.month, first, second);
        refuseIfBusyElsewhere(second.member, first.month, first, second);
        MemberEntity member = first.member;
        first.member = second.member;
        second.member = member;
        DutyTurnEntity.flush();
        YearMonth current = currentMonth();
        return List.of(DutyTurn.of(first, current), DutyTurn.of(second, current));
    }

    /** Records a turn as done or missed, or (the office) undoes the record. */
    @Transactional
    public DutyTurn record(long id, DutyTurnRecord record) {
        DutyTurnEntity turn = find(id);
        Caller caller = callerContext.get();
        requireMayRecord(caller, turn, record.outcome());
        if (record.outcome() != DutyTurnStatus.SCHEDULED && turn.yearMonth().isAfter(currentMonth())) {
            throw new ApiProblem(ProblemType.ILLEGAL_STATE, turn.yearMonth() + " 的轮值尚未开始，到了该月才能记录");
        }
        refuseFieldsNotFor(record);
        turn.moveTo(record.outcome());
        // A refusal after this point rolls the move back with the transaction.
        if (record.outcome() == DutyTurnStatus.MISSED && Text.blankToNull(record.missedReason()) == null) {
            throw ApiProblem.invalid("missedReason", "记为未履职时须说明原因");
        }
        boolean done = record.outcome() == DutyTurnStatus.DONE;
        turn.policyExplained = done ? record.policyExplained() : null;
        turn.opinionsCollected = done ? record.opinionsCollected() : null;
        turn.eventsHeld = done ? record.eventsHeld() : null;
        turn.peopleReached = done ? record.peopleReached() : null;
        turn.note = record.outcome() == DutyTurnStatus.SCHEDULED ? null : Text.blankToNull(record.note());
        turn.missedReason = record.outcome() == DutyTurnStatus.MISSED ? Text.blankToNull(record.missedReason()) : null;
        turn.recordedAt = record.outcome() == DutyTurnStatus.SCHEDULED ? null : clock.now();
        turn.recordedBy = record.outcome() == DutyTurnStatus.SCHEDULED ? null : caller.name();
        turn.visits.clear();
        if (done && record.visitIds() != null) {
            turn.visits.addAll(visitsOf(turn, record.visitIds()));
        }
        DutyTurnEntity.flush();
        return DutyTurn.of(turn, currentMonth());
    }

    /** Each outcome takes its own fields only: counts and visits are for DONE, a reason for MISSED, nothing to undo. */
    private static void refuseFieldsNotFor(DutyTurnRecord record) {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("policyExplained", record.policyExplained());
        given.put("opinionsCollected", record.opinionsCollected());
        given.put("eventsHeld", record.eventsHeld());
        given.put("peopleReached", record.peopleReached());
        given.put("visitIds", record.visitIds());
        given.put("note", record.note());
        given.put("missedReason", record.missedReason());
        List<String> takes = switch (record.outcome()) {
            case DONE -> List.of("policyExplained", "opinionsCollected", "eventsHeld", "peopleReached", "visitIds", "note");
            case MISSED -> List.of("missedReason", "note");
            case SCHEDULED -> List.of();
        };
        Inputs.refuseUnused(record.outcome().label + "（" + record.outcome() + "）", given, takes);
    }

    /**
     * Plans the platform's year over the active members of its township, keeping the months already
     * scheduled; with {@code save} the plan is stored in the same transaction.
     */
    @Transactional
    public DutyRoster roster(RosterRequest request) {
        PlatformEntity platform = platform(request.platformId());
        int year = request.year();
        Map<YearMonth, DutyTurnEntity> scheduled = new HashMap<>();
        DutyTurnEntity.<DutyTurnEntity>list("platform = ?1 and month >= ?2 and month <= ?3", platform,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 1)).forEach(t -> scheduled.put(t.yearMonth(), t));
        List<YearMonth> open = IntStream.rangeClosed(1, 12).mapToObj(m -> YearMonth.of(year, m))
                .filter(m -> !scheduled.containsKey(m)).toList();
        List<MemberEntity> candidates = MemberEntity.list(
                "committee = ?1 and township = ?2 and status = ?3 order by id", platform.committee, platform.township,
                MemberStatus.ACTIVE);
        if (candidates.isEmpty() && !open.isEmpty()) {
            throw new ApiProblem(ProblemType.ILLEGAL_STATE, platform.township.name + "没有在职委员，无法为"
                    + platform.name + "排班；请先在委员资料中填写其联系的乡镇（街道）");
        }
        Map<Long, MemberEntity> byId = new HashMap<>();
        candidates.forEach(m -> byId.put(m.id, m));
        Map<YearMonth, Long> plan = RosterPlanner.plan(open, List.copyOf(byId.keySet()).stream().sorted().toList(),
                history(platform), busyElsewhere(platform, byId.keySet(), year));
        boolean save = Boolean.TRUE.equals(request.save());
        List<DutyRoster.Month> months = new ArrayList<>();
        scheduled.values().forEach(t -> months.add(new DutyRoster.Month(t.yearMonth(), t.id, t.member.id,
                t.member.name, false)));
        for (Map.Entry<YearMonth, Long> planned : plan.entrySet()) {
            MemberEntity member = byId.get(planned.getValue());
            Long turnId = null;
            if (save) {
                DutyTurnEntity turn = new DutyTurnEntity();
                turn.committee = platform.committee;
                turn.platform = platform;
                turn.member = member;
                turn.month = planned.getKey().atDay(1);
                turn.persist();
                DutyTurnEntity.flush();
                turnId = turn.id;
            }
            months.add(new DutyRoster.Month(planned.getKey(), turnId, member.id, member.name, true));
        }
        months.sort(Comparator.comparing(DutyRoster.Month::month));
        return new DutyRoster(platform.id, platform.name, year, save, save ? plan.size() : 0, candidates.size(),
                months);
    }

    /** Each member's turns at the platform so far, in one grouped query. */
    private static Map<Long, RosterPlanner.History> history(PlatformEntity platform) {
        Map<Long, RosterPlanner.History> history = new HashMap<>();
        DutyTurnEntity.getEntityManager()
                .createQuery("select t.member.id, count(t), max(t.month) from DutyTurnEntity t where t.platform = :p"
                        + " group by t.member.id", Object[].class)
                .setParameter("p", platform)
                .getResultList()
                .forEach(row -> history.put((Long) row[0], new RosterPlanner.History(((Long) row[1]).intValue(),
                        YearMonth.from((LocalDate) row[2]))));
        return history;
    }

    /** The months of the year each candidate is already on duty at another platform. */
    private Map<Long, Set<YearMonth>> busyElsewhere(PlatformEntity platform, Set<Long> members, int year) {
        Map<Long, Set<YearMonth>> busy = new HashMap<>();
        if (members.isEmpty()) {
            return busy;
        }
        DutyTurnEntity.getEntityManager()
                .createQuery("select t.member.id, t.month from DutyTurnEntity t where t.member.id in :members"
                        + " and t.platform <> :p and t.month >= :from and t.month <= :to", Object[].class)
                .setParameter("members", members)
                .setParameter("p", platform)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 1))
                .getResultList()
                .forEach(row -> busy.computeIfAbsent((Long) row[0], k -> new HashSet<>())
                        .add(YearMonth.from((LocalDate) row[1])));
        return busy;
    }

    private void assign(DutyTurnEntity turn, DutyTurnFields fields) {
        FieldChecks checks = new FieldChecks();
        PlatformEntity platform = checks.read(() -> platform(fields.platformId()));
        // The member must be of the platform's committee, so a refused platform leaves the member unchecked.
        MemberEntity member = platform == null ? null
                : checks.read(() -> MemberService.referenced("memberId", fields.memberId(), platform.committee.id));
        if (member != null) {
            checks.check(member.status != MemberStatus.ACTIVE, "memberId",
                    "委员" + member.name + "当前" + member.status.label + "，不能排入轮值");
        }
        checks.done();
        LocalDate month = fields.month().atDay(1);
        if (DutyTurnEntity.platformTaken(platform.id, month, turn.id)) {
            throw ApiProblem.duplicate("month", platform.name + fields.month() + " 已有轮值委员；如需更换请修改该轮值");
        }
        if (DutyTurnEntity.memberBusy(member.id, month, turn.id)) {
            throw ApiProblem.duplicate("memberId", "委员" + member.name + "在 " + fields.month() + " 已有轮值，同一月只能轮值一次");
        }
        turn.committee = platform.committee;
        turn.platform = platform;
        turn.member = member;
        turn.month = month;
    }

    /** The visits a done turn names: of its committee, made by its member, in its month. */
    private List<VisitEntity> visitsOf(DutyTurnEntity turn, List<Long> ids) {
        List<Long> distinct = ids.stream().distinct().toList();
        List<VisitEntity> visits = VisitEntity.list("id in ?1 order by id", distinct);
        for (Long id : distinct) {
            VisitEntity visit = visits.stream().filter(v -> v.id.equals(id)).findFirst()
                    .orElseThrow(() -> ApiProblem.unknownReference("visitIds", "接待走访", id));
            if (!visit.committee.id.equals(turn.committee.id)) {
                throw ApiProblem.unknownReference("visitIds", "接待走访", id);
            }
            if (!visit.isPresent(turn.member.id)) {
                throw ApiProblem.invalid("visitIds", "接待走访 " + id + " 没有轮值委员" + turn.member.name + "参加");
            }
            if (!YearMonth.from(visit.visitDate).equals(turn.yearMonth())) {
                throw ApiProblem.invalid("visitIds", "接待走访 " + id + " 的日期 " + visit.visitDate + " 不在轮值月份 "
                        + turn.yearMonth() + " 内");
            }
        }
        return visits;
    }

    private void refuseIfBusyElsewhere(MemberEntity member, LocalDate month, DutyTurnEntity first,
            DutyTurnEntity second) {
        long elsewhere = DutyTurnEntity.count("member = ?1 and month = ?2 and id not in (?3, ?4)", member, month,
                first.id, second.id);
        if (elsewhere > 0) {
            throw ApiProblem.duplicate("secondId", "调换后委员" + member.name + "在 " + YearMonth.from(month)
                    + " 将有两个轮值，同一月只能轮值一次");
        }
    }

    /** Members record their own turns, convenors and liaisons their group's, the office any; only it undoes. */
    private void requireMayRecord(Caller caller, DutyTurnEntity turn, DutyTurnStatus outcome) {
        if (outcome == DutyTurnStatus.SCHEDULED && !caller.isOffice()) {
            throw new ApiProblem(ProblemType.FORBIDDEN, "只有委员工作处可以撤销轮值记录");
        }
        if (caller.role() == Role.MEMBER && !Objects.equals(caller.memberId(), turn.member.id)) {
            throw new ApiProblem(ProblemType.FORBIDDEN, "委员只能记录自己的轮值");
        }
        if (caller.role().leadsGroup() && !Objects.equals(caller.memberId(), turn.member.id)) {
            caller.requireGroup(turn.member.group == null ? null : turn.member.group.id, "记录");
        }
    }

    private void requireScheduled(DutyTurnEntity turn, String action) {
        if (turn.status != DutyTurnStatus.SCHEDULED) {
            throw new ApiProblem(ProblemType.ILLEGAL_STATE, "该轮值已记录为 " + turn.status.describe() + "，不能" + action
                    + "；如需" + action + "请先撤销记录");
        }
    }

    private PlatformEntity platform(long id) {
        return callerContext.get().referenced(PlatformEntity.<PlatformEntity>findById(id), p -> p.committee.id,
                "platformId", "联系平台", id);
    }

    /** The turn, or 404 when it does not exist or lies outside the caller's committee. */
    private DutyTurnEntity find(long id) {
        return callerContext.visible(DutyTurnEntity.findById(id), "轮值", id);
    }

    public YearMonth currentMonth() {
        return clock.month();
    }
}
