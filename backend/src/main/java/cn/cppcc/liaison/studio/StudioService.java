package cn.cppcc.liaison.studio;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.kernel.CommitteeRecord;
import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.FieldChecks;
import cn.cppcc.liaison.kernel.Filter;
import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.PageResult;
import cn.cppcc.liaison.kernel.References;
import cn.cppcc.liaison.kernel.Sorting;
import cn.cppcc.liaison.kernel.Text;
import cn.cppcc.liaison.kernel.Versions;
import cn.cppcc.liaison.kernel.event.ActiveStudiosQuery;
import cn.cppcc.liaison.member.MemberEntity;
import cn.cppcc.liaison.member.MemberService;
import cn.cppcc.liaison.platform.PlatformEntity;
import cn.cppcc.liaison.platform.PlatformService;
import cn.cppcc.liaison.township.TownshipEntity;
import cn.cppcc.liaison.township.TownshipService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

@ApplicationScoped
public class StudioService {


    @Inject
    CallerContext callerContext;

    @Inject
    OfficeClock clock;

    @Inject
    Event<ActiveStudiosQuery> activeStudios;

    private static final Map<String, String> SORTABLE = Map.of(
            "id", "id", "name", "name", "createdAt", "createdAt");

    @Inject
    References references;

    /**
     * The studios the filters match; with {@code activeFrom} and/or {@code activeTo}, only those active then
     * (活跃工作室: a reception day dated in the period), as the feature that records visits defines it.
     */
    public PageResult<Studio> list(PageParams page, Long committeeId, Long townshipId, StudioMode mode, Long memberId,
            String q, LocalDate activeFrom, LocalDate activeTo) {
        if (activeFrom != null && activeTo != null && activeTo.isBefore(activeFrom)) {
            throw ApiProblem.invalid("activeTo", "结束日期 " + activeTo + " 不能早于开始日期 " + activeFrom);
        }
        Filter filter = filter(committeeId, townshipId, mode, memberId, q, activeFrom, activeTo);
        // Townships, platforms, leads and the residents of the page load in batches (hibernate fetch batch-size).
        return PageResult.of(
                StudioEntity.find(filter.query(), Sorting.parse(page.sort, SORTABLE, "id"), filter.parameters()),
                page, Studio::of);
    }

    /** The list's total of the studios (of a township) active in the period, without reading a page. */
    public long countActive(Long committeeId, Long townshipId, LocalDate activeFrom, LocalDate activeTo) {
        return filter(committeeId, townshipId, null, null, null, activeFrom, activeTo).count("StudioEntity");
    }

    /** How many studios of each township of {@code townshipIds} were active in the period, as the list counts them. */
    public Map<Long, Long> activeByTownship(List<Long> townshipIds, Long committeeId, LocalDate activeFrom,
            LocalDate activeTo) {
        return filter(committeeId, null, null, null, null, activeFrom, activeTo).countBy("StudioEntity", "township",
                townshipIds);
    }

    private Filter filter(Long committeeId, Long townshipId, StudioMode mode, Long memberId, String q,
            LocalDate activeFrom, LocalDate activeTo) {
        ActiveStudiosQuery active = null;
        if (activeFrom != null || activeTo != null) {
            active = new ActiveStudiosQuery(activeFrom, activeTo, clock.today());
            activeStudios.fire(active);
        }
        return callerContext.get().filter("committee.id")
                .equal("committee.id", "committeeId", committeeId)
                .equal("township.id", "townshipId", townshipId)
                .equal("mode", "mode", mode)
                .where("id in (select s.id from StudioEntity s join s.residents r where r.id = :memberId)",
                        "memberId", memberId)
                .where(active == null ? null : active.condition(), active == null ? null : active.parameters())
                .contains("q", q, "name", "address");
    }

    public Studio get(long id) {
        return Studio.of(find(id));
    }

    @Transactional
    public Studio create(StudioFields fields) {
        FieldChecks checks = new FieldChecks();
        CommitteeEntity committee = checks.read(
                () -> CommitteeEntity.referenced(callerContext.get(), "committeeId", fields.committeeId()));
        StudioEntity studio = new StudioEntity();
        apply(studio, committee, fields, checks);
        studio.persistAndFlush();
        return Studio.of(studio);
    }

    @Transactional
    public Studio update(long id, String ifMatch, StudioFields fields) {
        StudioEntity studio = find(id);
        FieldChecks checks = new FieldChecks();
        Versions.checkUpdate("委员工作室", studio, ifMatch, fields.committeeId(), checks);
        apply(studio, studio.committee, fields, checks);
        StudioEntity.flush();
        return Studio.of(studio);
    }

    @Transactional
    public void delete(long id) {
        references.delete("委员工作室", find(id));
    }

    /** A studio named in a request body: it must exist and belong to the given committee. */
    public static StudioEntity referenced(String field, long id, long committeeId) {
        return CommitteeRecord.referenced(StudioEntity.findById(id), field, "委员工作室", id, committeeId);
    }

    /** The record, or 404 when it does not exist or lies outside the caller's committee. */
    private StudioEntity find(long id) {
        return callerContext.visible(StudioEntity.findById(id), "委员工作室", id);
    }

    private void apply(StudioEntity studio, CommitteeEntity committee, StudioFields fields, FieldChecks checks) {
        String address = Text.blankToNull(fields.address());
        String onlineAddress = Text.blankToNull(fields.onlineAddress());
        List<Long> residentIds = fields.residentIds() == null ? List.of() : fields.residentIds();
        checks.check(fields.mode().receivesInPerson() && address == null, "address", "线下接待的工作室须填写地址")
                .check(fields.mode().receivesOnline() && onlineAddress == null, "onlineAddress",
                        "线上接待的工作室须填写线上地址或联系渠道（如微信群、网址、热线）")
                .check(!fields.mode().receivesOnline() && onlineAddress != null, "onlineAddress",
                        "线下工作室不填线上地址；同时线上接待的请选 BOTH（线上线下）")
                .check(fields.leadMemberId() != null && !residentIds.contains(fields.leadMemberId()), "leadMemberId",
                        "负责委员须是驻室委员之一");
        List<MemberEntity> residents = committee == null ? null
                : checks.read(() -> MemberService.referenced("residentIds", residentIds, committee.id));
        TownshipEntity township = committee == null ? null
                : checks.read(() -> TownshipService.referenced("townshipId", fields.townshipId(), committee.id));
        PlatformEntity platform = fields.platformId() == null || township == null ? null
                : checks.read(() -> PlatformService.referenced("platformId", fields.platformId(), township));
        checks.done();
        String name = fields.name().strip();
        if (StudioEntity.nameTaken(committee.id, name, studio.id)) {
            throw ApiProblem.duplicate("name", "该政协已有名为“" + name + "”的委员工作室");
        }
        studio.committee = committee;
        studio.township = township;
        studio.platform = platform;
        studio.name = name;
        studio.mode = fields.mode();
        studio.address = address;
        studio.onlineAddress = onlineAddress;
        Schedule schedule = fields.schedule();
        studio.scheduleWeekdays = days(schedule == null ? null : schedule.weekdays());
        studio.scheduleMonthDays = days(schedule == null ? null : schedule.monthDays());
        studio.scheduleNote = schedule == null ? null : Text.blankToNull(schedule.note());
        // Replace the set's contents rather than the set, so Envers records only the residents who came or left.
        studio.residents.retainAll(residents);
        studio.residents.addAll(residents);
        studio.lead = fields.leadMemberId() == null ? null
                : residents.stream().filter(m -> m.id.equals(fields.leadMemberId())).findFirst().orElseThrow();
    }

    /** Days as stored: each once, in order. */
    private static Integer[] days(List<Integer> days) {
        return days == null ? new Integer[0] : new TreeSet<>(days).toArray(Integer[]::new);
    }
}
