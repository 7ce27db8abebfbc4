package cn.cppcc.liaison.consultation;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.Caller;
import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.FieldChecks;
import cn.cppcc.liaison.kernel.Filter;
import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.PageResult;
import cn.cppcc.liaison.kernel.Participants;
import cn.cppcc.liaison.kernel.Period;
import cn.cppcc.liaison.kernel.Predicate;
import cn.cppcc.liaison.kernel.References;
import cn.cppcc.liaison.kernel.Sorting;
import cn.cppcc.liaison.kernel.Text;
import cn.cppcc.liaison.kernel.VersionedEntity;
import cn.cppcc.liaison.kernel.Versions;
import cn.cppcc.liaison.member.MemberEntity;
import cn.cppcc.liaison.member.MemberService;
import cn.cppcc.liaison.opinion.OpinionEntity;
import cn.cppcc.liaison.opinion.OpinionService;
import cn.cppcc.liaison.platform.PlatformEntity;
import cn.cppcc.liaison.platform.PlatformService;
import cn.cppcc.liaison.studio.StudioEntity;
import cn.cppcc.liaison.studio.StudioService;
import cn.cppcc.liaison.township.TownshipEntity;
import cn.cppcc.liaison.township.TownshipService;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class ConsultationService {

    @Inject
    OfficeClock clock;


    @Inject
    CallerContext callerContext;

    private static final Map<String, String> SORTABLE = Map.of("date", "heldOn", "id", "id");

    @Inject
    EntityManager em;

    @Inject
    References references;

    public PageResult<Consultation> list(PageParams page, Long committeeId, ConsultationKind kind, Long townshipId,
            Long platformId, Long studioId, Participants who, Attendance attendance, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiProblem.invalid("to", "结束日期 " + to + " 不能早于开始日期 " + from);
        }
        Filter filter = filter(committeeId, kind, townshipId, platformId, studioId, who, attendance, from, to);
        var query = ConsultationEntity.<ConsultationEntity>find(filter.query(), sort(page.sort), filter.parameters());
        List<ConsultationEntity> rows = query.page(Page.of(page.page - 1, page.size)).list();
        Map<Long, Integer> outcomes = outcomeCounts(rows.stream().map(c -> c.id).toList());
        return new PageResult<>(rows.stream().map(c -> Consultation.of(c, outcomes.getOrDefault(c.id, 0))).toList(),
                page.page, page.size, page.total(query::count));
    }

    /** The list's total for the same filters, without reading a page: what a report asks. */
    public long count(Long committeeId, Long townshipId, Long platformId, Long studioId, Participants who,
            Attendance attendance, LocalDate from, LocalDate to) {
        return filter(committeeId, null, townshipId, platformId, studioId, who, attendance, from, to)
                .count("ConsultationEntity");
    }

    /** {@link #count} of the whole committee for each of the periods, in their order, in one statement. */
    public long[] countOver(long committeeId, List<Period> periods) {
        List<Predicate> held = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            held.add(new Predicate.Builder("held" + i + "_").between("heldOn", periods.get(i).from(),
                    periods.get(i).to()).build());
        }
        return filter(committeeId, null, null, null, null, Participants.ANY, null, null, null)
                .countAll("ConsultationEntity", held);
    }

    /**
     * The list's total for each township, platform or studio ({@code by}) of {@code ids}, the period as the list
     * takes it: one grouped question for a report's rows.
     */
    public Map<Long, Long> countBy(String by, List<Long> ids, Long committeeId, LocalDate from, LocalDate to) {
        return filter(committeeId, null, null, null, null, Participants.ANY, null, from, to)
                .countBy("ConsultationEntity", by, ids);
    }

    /**
     * The list's total with {@code attendance} for each member, group or sector of {@code ids} ({@code key} the path
     * from a member to it: empty, {@code .group} or {@code .sector}): the consultations one of them attended so,
     * each counted once; one grouped question for a report's rows.
     */
    public Map<Long, Long> countByParticipant(String key, List<Long> ids, Long committeeId, Attendance attendance,
            LocalDate from, LocalDate to) {
        Map<Long, Long> counts = new HashMap<>();
        filter(committeeId, null, null, null, null, Participants.ANY, null, from, to)
                .recordsBy("ConsultationEntity", "join e.members a", "key(a)", "value(a) = :attendance",
                        Map.of("attendance", attendance), key, ids)
                .forEach((id, held) -> counts.put(id, (long) held.size()));
        return counts;
    }

    private Filter filter(Long committeeId, ConsultationKind kind, Long townshipId, Long platformId, Long studioId,
            Participants who, Attendance attendance, LocalDate from, LocalDate to) {
        return callerContext.get().filter("committee.id")
                .equal("committee.id", "committeeId", committeeId)
                .equal("kind", "kind", kind)
                .equal("township.id", "townshipId", townshipId)
                .equal("platform.id", "platformId", platformId)
                .equal("studio.id", "studioId", studioId)
                // One invitee who is the member asked (of the group and sector asked), with the attendance asked.
                .where("exists (select 1 from this.members a where " + who.on("key(a)")
                        + (attendance == null ? "" : " and value(a) = :attendance") + ")",
                        invitee(who, attendance), who.given() || attendance != null)
                .where("heldOn >= :from", "from", from)
                .where("heldOn <= :to", "to", to);
    }

    private static Map<String, Object> invitee(Participants who, Attendance attendance) {
        Map<String, Object> parameters = new HashMap<>(who.parameters());
        if (attendance != null) {
            parameters.put("attendance", attendance);
        }
        return parameters;
    }

    public Consultation get(long id) {
        return view(find(id));
    }

    @Transactional
    public Consultation create(ConsultationFields fields) {
        Caller caller = callerContext.get();
        ConsultationEntity consultation = new ConsultationEntity();
        consultation.committee = CommitteeEntity.referenced(callerContext.get(), "committeeId", fields.committeeId());
        consultation.recordedBy = caller.name();
        consultation.recordedByAccountId = caller.accountId();
        apply(consultation, fields);
        consultation.persistAndFlush();
        return view(consultation);
    }

    @Transactional
    public Consultation update(long id, String ifMatch, ConsultationFields fields) {
        ConsultationEntity consultation = find(id);
        Versions.checkUpdate("协商活动", consultation, ifMatch, fields.committeeId());
        apply(consultation, fields);
        ConsultationEntity.flush();
        return view(consultation);
    }

    @Transactional
    public void delete(long id) {
        references.delete("协商活动", find(id));
    }

    /** The consultation, or 404 when it does not exist or lies outside the caller's committee. */
    ConsultationEntity find(long id) {
        ConsultationEntity consultation = VersionedEntity.found(ConsultationEntity.findById(id), "协商活动", id);
        return callerContext.get().visible(consultation, consultation.committee.id, "协商活动", id);
    }

    Consultation view(ConsultationEntity consultation) {
        return Consultation.of(consultation, outcomeCounts(List.of(consultation.id)).getOrDefault(consultation.id, 0));
    }

    /** The outcomes of each consultation on a page, in one query. */
    private Map<Long, Integer> outcomeCounts(List<Long> ids) {
        Map<Long, Integer> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        em.createQuery("select o.consultation.id, count(o) from OutcomeEntity o where o.consultation.id in :ids"
                        + " group by o.consultation.id", Object[].class).setParameter("ids", ids).getResultList()
                .forEach(row -> counts.put((Long) row[0], ((Long) row[1]).intValue()));
        return counts;
    }

    private void apply(ConsultationEntity consultation, ConsultationFields fields) {
        long committeeId = consultation.committee.id;
        LocalDate today = clock.today();
        LocalDate earliestDue = consultation.id == null ? null : em.createQuery(
                        "select min(o.dueDate) from OutcomeEntity o where o.consultation.id = :id", LocalDate.class)
                .setParameter("id", consultation.id).getSingleResult();
        FieldChecks checks = new FieldChecks().check(fields.date().isAfter(today), "date",
                        "只能记录已经举行的协商，日期不能晚于今天（" + today + "）")
                .check(earliestDue != null && fields.date().isAfter(earliestDue), "date",
                        "协商日期不能晚于其成果最早的办理期限 " + earliestDue);
        TownshipEntity township = checks.read(
                () -> TownshipService.referenced("townshipId", fields.townshipId(), committeeId));
        StudioEntity studio = fields.studioId() == null ? null
                : checks.read(() -> StudioService.referenced("studioId", fields.studioId(), committeeId));
        if (studio != null && township != null) {
            checks.check(!studio.township.id.equals(township.id), "studioId",
                    "委员工作室“" + studio.name + "”不在" + township.name);
        }
        // A platform is looked up in its township, so a refused township leaves the platform unchecked.
        PlatformEntity platform = fields.platformId() == null || township == null ? null
                : checks.read(() -> PlatformService.referenced("platformId", fields.platformId(), township));
        checks.check(fields.platformId() == null && fields.studioId() == null, "platformId",
                "须指明举行协商的联系平台或委员工作室");
        List<OpinionEntity> opinions = checks.read(
                () -> OpinionService.referenced("opinionIds", fields.opinionIds(), committeeId));
        List<Long> memberIds = fields.members().stream().map(ConsultationFields.Invitee::memberId).toList();
        List<MemberEntity> members = checks.read(() -> MemberService.referenced("members", memberIds, committeeId));
        checks.done();
        // A consultation at a studio counts for the studio's platform, if it has one.
        consultation.platform = platform != null ? platform : studio.platform;
        consultation.studio = studio;
        consultation.township = township;
        consultation.kind = fields.kind();
        consultation.heldOn = fields.date();
        consultation.topic = fields.topic().strip();
        consultation.summary = Text.blankToNull(fields.summary());

        consultation.opinions.retainAll(opinions);
        consultation.opinions.addAll(opinions);

        Map<MemberEntity, Attendance> attendance = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            attendance.put(members.get(i), fields.members().get(i).attendance());
        }
        consultation.members.keySet().retainAll(attendance.keySet());
        consultation.members.putAll(attendance);

        consultation.guests.clear();
        if (fields.guests() != null) {
            for (Guest guest : fields.guests()) {
                consultation.guests.add(new Guest(guest.name().strip(), guest.kind(), Text.blankToNull(guest.unit())));
            }
        }
    }

    // ---- 一季一协商 -------------------------------------------------------------------------------------------

    /**
     * Each platform's quarters of the year, or of its one {@code quarter} when given: whether a consultation was held
     * at the platform or its studios; {@code gaps} counts the quarters over without one (MISSED) over every platform
     * listed, {@code dueNow} the platforms yet to meet in the quarter under way.
     */
    public ConsultationCompliance compliance(int year, Integer quarter, Long committeeId, Long townshipId,
            Boolean gapsOnly, PageParams page) {
        long gaps = 0;
        long dueNow = 0;
        List<ConsultationCompliance.Row> listed = new ArrayList<>();
        for (ConsultationCompliance.Row platform : platforms(year, quarter, committeeId, townshipId)) {
            long missed = platform.quarters().stream().filter(q -> q.state() == QuarterState.MISSED).count();
            gaps += missed;
            dueNow += platform.quarters().stream().filter(q -> q.state() == QuarterState.DUE).count();
            if (!Boolean.TRUE.equals(gapsOnly) || missed > 0) {
                listed.add(platform);
            }
        }
        int from = Math.min(listed.size(), (page.page - 1) * page.size);
        List<ConsultationCompliance.Row> items = listed.subList(from, Math.min(listed.size(), from + page.size));
        return new ConsultationCompliance(year, quarter, items, page.page, page.size, listed.size(), gaps, dueNow);
    }

    /**
     * {@link #compliance}'s {@code gaps} of each township of the committee: its platforms' quarters over without a
     * consultation, found for the whole committee at once.
     */
    public Map<Long, Long> gapsByTownship(int year, Integer quarter, long committeeId) {
        Map<Long, Long> gaps = new HashMap<>();
        for (ConsultationCompliance.Row platform : platforms(year, quarter, committeeId, null)) {
            gaps.merge(platform.townshipId(), platform.quarters().stream()
                    .filter(q -> q.state() == QuarterState.MISSED).count(), Long::sum);
        }
        return gaps;
    }

    /** Each platform (of the township) with its quarters of the year, or of its one quarter, held or not. */
    private List<ConsultationCompliance.Row> platforms(int year, Integer quarter, Long committeeId, Long townshipId) {
        Caller caller = callerContext.get();
        int first = quarter == null ? 1 : quarter;
        int last = quarter == null ? 4 : quarter;
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("select p.id, p.name, t.id as township_id, t.name as township_name,"
                        + " extract(quarter from c.held_on) as quarter, c.id as consultation_id"
                        + " from platform p join township t on t.id = p.township_id"
                        + " left join consultation c on c.platform_id = p.id and c.held_on between :start and :end"
                        + " where (cast(:scope as bigint) is null or p.committee_id = cast(:scope as bigint))"
                        + " and (cast(:committee as bigint) is null or p.committee_id = cast(:committee as bigint))"
                        + " and (cast(:township as bigint) is null or p.township_id = cast(:township as bigint))"
                        + " order by t.name, t.id, p.name, p.id, c.held_on, c.id")
                .setParameter("start", LocalDate.of(year, 3 * first - 2, 1))
                .setParameter("end", LocalDate.of(year, 3 * last, 1).plusMonths(1).minusDays(1))
                .setParameter("scope", caller.committeeId()).setParameter("committee", committeeId)
                .setParameter("township", townshipId)
                .getResultList();
        List<ConsultationCompliance.Row> platforms = new ArrayList<>();
        Map<Long, List<List<Long>>> held = new HashMap<>();
        for (Object[] row : found) {
            long platformId = ((Number) row[0]).longValue();
            List<List<Long>> quarters = held.get(platformId);
            if (quarters == null) {
                quarters = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                held.put(platformId, quarters);
                platforms.add(new ConsultationCompliance.Row(platformId, (String) row[1], ((Number) row[2]).longValue(),
                        (String) row[3], null));
            }
            if (row[5] != null) {
                quarters.get(((Number) row[4]).intValue() - 1).add(((Number) row[5]).longValue());
            }
        }
        LocalDate today = clock.today();
        List<ConsultationCompliance.Row> rows = new ArrayList<>();
        for (ConsultationCompliance.Row platform : platforms) {
            List<ConsultationCompliance.Quarter> quarters = new ArrayList<>();
            for (int q = first; q <= last; q++) {
                List<Long> ids = held.get(platform.platformId()).get(q - 1);
                quarters.add(new ConsultationCompliance.Quarter(q, QuarterState.of(year, q, today, !ids.isEmpty()),
                        ids.size(), ids));
            }
            rows.add(platform.withQuarters(quarters));
        }
        return rows;
    }


    /** Most recent first; every order ends on the id in its own direction. */
    private Sort sort(String requested) {
        return Sorting.parseTiedById(requested, SORTABLE, "-date", null);
    }
}
