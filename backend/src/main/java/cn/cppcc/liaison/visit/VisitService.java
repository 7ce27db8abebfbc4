package cn.cppcc.liaison.visit;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.FieldChecks;
import cn.cppcc.liaison.kernel.Filter;
import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.Participants;
import cn.cppcc.liaison.kernel.Period;
import cn.cppcc.liaison.kernel.Predicate;
import cn.cppcc.liaison.kernel.Problem;
import cn.cppcc.liaison.kernel.ProblemType;
import cn.cppcc.liaison.kernel.References;
import cn.cppcc.liaison.kernel.Sorting;
import cn.cppcc.liaison.kernel.Text;
import cn.cppcc.liaison.kernel.Versions;
import cn.cppcc.liaison.member.MemberEntity;
import cn.cppcc.liaison.member.MemberService;
import cn.cppcc.liaison.platform.PlatformEntity;
import cn.cppcc.liaison.platform.PlatformService;
import cn.cppcc.liaison.kernel.Caller;
import cn.cppcc.liaison.kernel.Role;
import cn.cppcc.liaison.studio.StudioEntity;
import cn.cppcc.liaison.studio.StudioService;
import cn.cppcc.liaison.township.TownshipEntity;
import cn.cppcc.liaison.township.TownshipService;
import cn.cppcc.liaison.village.VillageEntity;
import cn.cppcc.liaison.village.VillageService;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

@ApplicationScoped
public class VisitService {

    @Inject
    OfficeClock clock;


    @Inject
    CallerContext callerContext;

    private static final Map<String, String> SORTABLE = Map.of(
            "date", "visitDate", "id", "id", "peopleReceived", "peopleReceived", "createdAt", "createdAt");

    /** The first key of the advisory locks that serialise writes touching the same member's day. */
    private static final int MEMBER_DAY_LOCK = 7301;

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    EntityManager em;

    @Inject
    References references;

    public VisitPage list(PageParams page, Long committeeId, VisitKind kind, Long townshipId, Long studioId,
            Long platformId, Participants who, LocalDate from, LocalDate to) {
        Filter filter = filter(committeeId, kind, townshipId, studioId, platformId, who, from, to);
        var query = VisitEntity.<VisitEntity>find(filter.query(), sort(page.sort), filter.parameters());
        // The page's places and members load in batches (hibernate fetch batch-size), not one query per visit.
        List<Visit> items = query.page(Page.of(page.page - 1, page.size)).list().stream().map(Visit::of).toList();
        VisitEntity.Totals totals = page.counted ? VisitEntity.totals(filter.query(), filter.parameters())
                : new VisitEntity.Totals(0, 0, 0);
        return new VisitPage(items, page.page, page.size, totals.visits(), totals.peopleReceived(),
                totals.membersPresent());
    }

    /** The list's totals for the same filters, without reading a page: what a report asks. */
    public VisitEntity.Totals totals(Long committeeId, VisitKind kind, Long townshipId, Long studioId,
            Long platformId, Participants who, LocalDate from, LocalDate to) {
        Filter filter = filter(committeeId, kind, townshipId, studioId, platformId, who, from, to);
        return VisitEntity.totals(filter.query(), filter.parameters());
    }

    /**
     * The list's totals for each township, platform or studio ({@code by}) of {@code ids}, the other filters as the
     * list takes them: one grouped question for a report's rows.
     */
    public Map<Long, VisitEntity.Totals> totalsBy(String by, List<Long> ids, Long committeeId, VisitKind kind,
            LocalDate from, LocalDate to) {
        Filter filter = filter(committeeId, kind, null, null, null, Participants.ANY, from, to)
                .where(by + ".id in :gIds", "gIds", ids);
        return VisitEntity.totalsBy(by, ids, filter.query(), filter.parameters());
    }

    /**
     * The list's totals for each member, group or sector of {@code ids} ({@code key} the path from a member to it:
     * empty, {@code .group} or {@code .sector}): the visits one of them was present at, each counted once with all
     * its people received and members present, as the list counts them for {@code memberId}, {@code groupId} or
     * {@code sectorId}; of each of {@code kinds} (null: any kind) as the list counts them with {@code kind}. One
     * grouped question for all a report's rows and kinds: which visits each row took part in, and each visit's kind,
     * people and members.
     */
    public Map<Long, Map<VisitKind, VisitEntity.Totals>> totalsByParticipant(String key, List<Long> ids,
            Long committeeId, List<VisitKind> kinds, LocalDate from, LocalDate to) {
        Filter filter = filter(committeeId, null, null, null, null, Participants.ANY, from, to);
        var counted = VisitEntity.getEntityManager().createQuery("select v.id, v.kind, coalesce(v.peopleReceived, 0), "
                + VisitFigure.MEMBERS_PRESENT.sum() + " from VisitEntity v join v.members m where v.id in (select id"
                + " from VisitEntity where " + filter.query() + ") group by v.id, v.kind, v.peopleReceived",
                Object[].class);
        filter.parameters().forEach(counted::setParameter);
        Map<Long, Object[]> visit = new HashMap<>();
        for (Object[] row : counted.getResultList()) {
            visit.put((Long) row[0], row);
        }
        Map<Long, Map<VisitKind, VisitEntity.Totals>> totals = new HashMap<>();
        filter.recordsBy("VisitEntity", "join e.members m", "m", "1 = 1", Map.of(), key, ids).forEach((id, visits) -> {
            Map<VisitKind, VisitEntity.Totals> row = new HashMap<>();
            for (VisitKind kind : kinds) {
                List<Object[]> of = visits.stream().map(visit::get).filter(v -> kind == null || v[1] == kind).toList();
                row.put(kind, new VisitEntity.Totals(of.size(), of.stream().mapToLong(v -> ((Number) v[2]).longValue())
                        .sum(), of.stream().mapToLong(v -> ((Number) v[3]).longValue()).sum()));
            }
            totals.put(id, row);
        });
        return totals;
    }

    private Filter filter(Long committeeId, VisitKind kind, Long townshipId, Long studioId, Long platformId,
            Participants who, LocalDate from, LocalDate to) {
        Predicate dated = VisitFigure.dated(Period.of(from, to, clock.today()));
        return callerContext.get().filter("committee.id")
                .equal("committee.id", "committeeId", committeeId)
                .equal("kind", "kind", kind)
                .equal("township.id", "townshipId", townshipId)
                .equal("studio.id", "studioId", studioId)
                .equal("platform.id", "platformId", platformId)
                .where("exists (select 1 from this.members m where " + who.on("m") + ")", who.parameters(), who.given())
                .where(dated.condition(), dated.parameters());
    }

    public Visit get(long id) {
        return Visit.of(find(id));
    }

    @Transactional
    public Visit create(VisitFields fields) {
        Caller caller = callerContext.get();
        FieldChecks checks = new FieldChecks();
        CommitteeEntity committee = checks.read(
                () -> CommitteeEntity.referenced(caller, "committeeId", fields.committeeId()));
        VisitEntity visit = new VisitEntity();
        visit.recordedBy = caller.name();
        visit.recordedByAccountId = caller.accountId();
        apply(visit, committee, fields, caller, checks);
        visit.persistAndFlush();
        return Visit.of(visit);
    }

    @Transactional
    public Visit update(long id, String ifMatch, VisitFields fields) {
        VisitEntity visit = find(id);
        Caller caller = callerContext.get();
        requireMayChange(caller, visit, "修改");
        FieldChecks checks = new FieldChecks();
        Versions.checkUpdate("接待走访记录", visit, ifMatch, fields.committeeId(), checks);
        apply(visit, visit.committee, fields, caller, checks);
        VisitEntity.flush();
        return Visit.of(visit);
    }

    @Transactional
    public void delete(long id) {
        VisitEntity visit = find(id);
        requireMayChange(callerContext.get(), visit, "删除");
        references.requireUnused("接待走访", VisitEntity.class, id);
        visit.delete();
    }

    /** Same-day visits read in the order they happened; every order ends on the id so pages never overlap. */
    private Sort sort(String requested) {
        Sort sort = Sorting.parse(requested, SORTABLE, "-date");
        Sort.Column first = sort.getColumns().get(0);
        if (!"visitDate".equals(first.getName())) {
            return sort;
        }
        return Sort.by("visitDate", first.getDirection()).and("startTime", first.getDirection())
                .and("id", first.getDirection());
    }

    /** The record, or 404 when it does not exist or lies outside the caller's committee. */
    private VisitEntity find(long id) {
        return callerContext.visible(VisitEntity.findById(id), "接待走访记录", id);
    }

    private void apply(VisitEntity visit, CommitteeEntity committee, VisitFields fields, Caller caller,
            FieldChecks checks) {
        LocalDate today = clock.today();
        checks.check(fields.date().isAfter(today), "date", "只能记录已经进行的接待走访，日期不能晚于今天（" + today + "）")
                .check(!fields.endTime().isAfter(fields.startTime()), "endTime",
                        "结束时间须晚于开始时间 " + HOURS.format(fields.startTime()))
                .check(fields.kind().heldAtStudio() && fields.studioId() == null, "studioId",
                        fields.kind().label + "在委员工作室举行，须指明工作室");
        TownshipEntity township = committee == null ? null
                : checks.read(() -> TownshipService.referenced("townshipId", fields.townshipId(), committee.id));
        StudioEntity studio = fields.studioId() == null || committee == null ? null
                : checks.read(() -> StudioService.referenced("studioId", fields.studioId(), committee.id));
        if (studio != null && township != null) {
            checks.check(!studio.township.id.equals(township.id), "studioId",
                    "委员工作室“" + studio.name + "”不在" + township.name);
        }
        List<MemberEntity> members = committee == null ? null
                : checks.read(() -> MemberService.referenced("memberIds", fields.memberIds(), committee.id));
        VillageEntity village = fields.villageId() == null || township == null ? null
                : checks.read(() -> VillageService.referenced("villageId", fields.villageId(), township));
        PlatformEntity platform = fields.platformId() == null || township == null ? null
                : checks.read(() -> PlatformService.referenced("platformId", fields.platformId(), township));
        checks.done();
        MemberService.requireMayRecord(caller, members, "接待走访", "参加");
        lockDays(fields.memberIds());
        refuseOverlap(fields, visit.id);

        visit.committee = committee;
        visit.kind = fields.kind();
        visit.visitDate = fields.date();
        visit.startTime = fields.startTime();
        visit.endTime = fields.endTime();
        visit.township = township;
        visit.village = village;
        visit.studio = studio;
        visit.platform = platform;
        // Replace the set's contents rather than the set, so Envers records only the members who came or left.
        visit.members.retainAll(members);
        visit.members.addAll(members);
        visit.peopleReceived = fields.peopleReceived();
        visit.topic = fields.topic().strip();
        visit.notes = Text.blankToNull(fields.notes());
    }

    /** A member is at one place at a time: no two visits of the same member may overlap on a day. */
    private void refuseOverlap(VisitFields fields, Long exceptId) {
        List<VisitEntity.Clash> clashes = VisitEntity.clashes(fields.memberIds(), fields.date(), fields.startTime(),
                fields.endTime(), exceptId);
        if (!clashes.isEmpty()) {
            VisitEntity.Clash clash = clashes.get(0);
            String detail = "委员" + clash.memberName() + "在 " + fields.date() + " " + HOURS.format(clash.startTime())
                    + "–" + HOURS.format(clash.endTime()) + " 已参加接待走访 " + clash.visitId() + "（" + clash.topic()
                    + "），与本次 " + HOURS.format(fields.startTime()) + "–" + HOURS.format(fields.endTime())
                    + " 的时间重叠";
            throw new ApiProblem(ProblemType.SCHEDULE_CONFLICT, detail,
                    List.of(new Problem.FieldError("memberIds", detail)), null);
        }
    }

    /**
     * Two requests recording the same member at the same time must not both pass the overlap check: each takes
     * a transaction lock per member, in id order so that two writers never wait on each other.
     */
    private void lockDays(Collection<Long> memberIds) {
        Set<Long> ordered = new TreeSet<>(memberIds);
        em.createNativeQuery("select count(pg_advisory_xact_lock(" + MEMBER_DAY_LOCK + ", cast(m.id % 2147483647 as integer)))"
                        + " from (select id from member where id in (:ids) order by id) m")
                .setParameter("ids", ordered).getSingleResult();
    }

    /** Who may change or delete a recorded visit: as for recording it, and a member also the visits they recorded. */
    private void requireMayChange(Caller caller, VisitEntity visit, String action) {
        if (caller.role() == Role.MEMBER) {
            boolean recorded = caller.accountId() != null && caller.accountId().equals(visit.recordedByAccountId);
            if (!recorded && !visit.isPresent(caller.memberId())) {
                throw new ApiProblem(ProblemType.FORBIDDEN, "委员只能" + action + "本人记录或本人参加的接待走访");
            }
            return;
        }
        MemberService.requireMayRecord(caller, List.copyOf(visit.members), "接待走访", "参加");
    }
}
