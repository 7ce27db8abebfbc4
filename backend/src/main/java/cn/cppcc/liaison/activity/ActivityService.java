package cn.cppcc.liaison.activity;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.Caller;
import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.FieldChecks;
import cn.cppcc.liaison.kernel.Filter;
import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.Participants;
import cn.cppcc.liaison.kernel.Period;
import cn.cppcc.liaison.kernel.ProblemType;
import cn.cppcc.liaison.kernel.Role;
import cn.cppcc.liaison.kernel.Sorting;
import cn.cppcc.liaison.kernel.Text;
import cn.cppcc.liaison.kernel.Versions;
import cn.cppcc.liaison.member.MemberEntity;
import cn.cppcc.liaison.member.MemberService;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class ActivityService {

    @Inject
    OfficeClock clock;


    @Inject
    CallerContext callerContext;

    private static final Map<String, String> SORTABLE = Map.of(
            "date", "activityDate", "id", "id", "peopleReached", "peopleReached", "createdAt", "createdAt");

    public ActivityPage list(PageParams page, Long committeeId, ActivityKind kind, Participants who, LocalDate from,
            LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiProblem.invalid("to", "结束日期 " + to + " 不能早于开始日期 " + from);
        }
        Filter filter = filter(committeeId, kind, who, from, to);
        var query = ActivityEntity.<ActivityEntity>find(filter.query(), Sorting.parse(page.sort, SORTABLE, "-date"),
                filter.parameters());
        // The page's members load in batches (hibernate fetch batch-size), not one query per activity.
        List<Activity> items = query.page(Page.of(page.page - 1, page.size)).list().stream().map(Activity::of).toList();
        return new ActivityPage(items, page.page, page.size, page.total(query::count),
                page.total(() -> ActivityEntity.peopleReached(filter.query(), filter.parameters())));
    }

    /**
     * The list's total and people reached for the same filters, and its total with {@code kind} besides, in one
     * statement, without reading a page: what a report asks.
     */
    public long[] totals(Long committeeId, ActivityKind kind, Participants who, LocalDate from, LocalDate to) {
        Filter filter = filter(committeeId, null, who, from, to);
        var query = ActivityEntity.getEntityManager().createQuery("select count(*), coalesce(sum(peopleReached), 0),"
                + " count(*) filter (where kind = :totalsKind) from ActivityEntity where " + filter.query(),
                Object[].class);
        filter.parameters().forEach(query::setParameter);
        Object[] row = query.setParameter("totalsKind", kind).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
            ((Number) row[2]).longValue()};
    }

    /** {@link #totals} of the whole committee for each of the periods, in their order, in one statement. */
    public List<long[]> totalsOver(long committeeId, ActivityKind kind, List<Period> periods) {
        Filter filter = filter(committeeId, null, Participants.ANY, null, null);
        List<String> sums = new ArrayList<>();
        List<String> any = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            String dated = "activityDate between :from" + i + " and :to" + i;
            sums.add("count(*) filter (where " + dated + ")");
            sums.add("coalesce(sum(peopleReached) filter (where " + dated + "), 0)");
            sums.add("count(*) filter (where kind = :totalsKind and " + dated + ")");
            any.add("(" + dated + ")");
        }
        var query = ActivityEntity.getEntityManager().createQuery("select " + String.join(", ", sums)
                + " from ActivityEntity where " + filter.query() + " and (" + String.join(" or ", any) + ")",
                Object[].class);
        filter.parameters().forEach(query::setParameter);
        query.setParameter("totalsKind", kind);
        for (int i = 0; i < periods.size(); i++) {
            query.setParameter("from" + i, periods.get(i).from()).setParameter("to" + i, periods.get(i).to());
        }
        Object[] row = query.getSingleResult();
        List<long[]> all = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            all.add(new long[] {((Number) row[3 * i]).longValue(), ((Number) row[3 * i + 1]).longValue(),
                ((Number) row[3 * i + 2]).longValue()});
        }
        return all;
    }

    /**
     * As {@link #totals}, for each member, group or sector of {@code ids} ({@code key} the path from a member to it:
     * empty, {@code .group} or {@code .sector}): the activities one of them took part in, counted once each, and
     * those of {@code kind} among them; one grouped question for all a report's rows.
     */
    public Map<Long, long[]> totalsByParticipant(String key, List<Long> ids, Long committeeId, ActivityKind kind,
            LocalDate from, LocalDate to) {
        Filter filter = filter(committeeId, null, Participants.ANY, from, to);
        Map<Long, Object[]> activity = new HashMap<>();
        var people = ActivityEntity.getEntityManager().createQuery("select id, coalesce(peopleReached, 0), kind"
                + " from ActivityEntity where " + filter.query(), Object[].class);
        filter.parameters().forEach(people::setParameter);
        for (Object[] row : people.getResultList()) {
            activity.put((Long) row[0], row);
        }
        Map<Long, long[]> totals = new HashMap<>();
        filter.recordsBy("ActivityEntity", "join e.members m", "m", "1 = 1", Map.of(), key, ids).forEach(
                (id, activities) -> totals.put(id, new long[] {activities.size(),
                        activities.stream().mapToLong(a -> ((Number) activity.get(a)[1]).longValue()).sum(),
                        activities.stream().filter(a -> activity.get(a)[2] == kind).count()}));
        return totals;
    }

    private Filter filter(Long committeeId, ActivityKind kind, Participants who, LocalDate from, LocalDate to) {
        return callerContext.get().filter("committee.id")
                .equal("committee.id", "committeeId", committeeId)
                .equal("kind", "kind", kind)
                .where("exists (select 1 from this.members m where " + who.on("m") + ")", who.parameters(), who.given())
                .where("activityDate >= :from", "from", from)
                .where("activityDate <= :to", "to", to);
    }

    public Activity get(long id) {
        return Activity.of(find(id));
    }

    @Transactional
    public Activity create(ActivityFields fields) {
        Caller caller = callerContext.get();
        ActivityEntity activity = new ActivityEntity();
        activity.committee = CommitteeEntity.referenced(callerContext.get(), "committeeId", fields.committeeId());
        activity.recordedBy = caller.name();
        activity.recordedByAccountId = caller.accountId();
        apply(activity, fields, caller);
        activity.persistAndFlush();
        return Activity.of(activity);
    }

    @Transactional
    public Activity update(long id, String ifMatch, ActivityFields fields) {
        ActivityEntity activity = find(id);
        Caller caller = callerContext.get();
        requireMayChange(caller, activity, "修改");
        Versions.checkUpdate("自选动作", activity, ifMatch, fields.committeeId());
        apply(activity, fields, caller);
        ActivityEntity.flush();
        return Activity.of(activity);
    }

    @Transactional
    public void delete(long id) {
        ActivityEntity activity = find(id);
        requireMayChange(callerContext.get(), activity, "删除");
        activity.delete();
    }

    /** The record, or 404 when it does not exist or lies outside the caller's committee. */
    private ActivityEntity find(long id) {
        return callerContext.visible(ActivityEntity.findById(id), "自选动作", id);
    }

    private void apply(ActivityEntity activity, ActivityFields fields, Caller caller) {
        LocalDate today = clock.today();
        FieldChecks checks = new FieldChecks().check(fields.date().isAfter(today), "date",
                "只能记录已经进行的活动，日期不能晚于今天（" + today + "）");
        List<MemberEntity> members = checks.read(
                () -> MemberService.referenced("memberIds", fields.memberIds(), activity.committee.id));
        checks.done();
        MemberService.requireMayRecord(caller, members, "自选动作", "参加");
        activity.kind = fields.kind();
        activity.activityDate = fields.date();
        activity.title = fields.title().strip();
        // Replace the set's contents rather than the set, so Envers records only the members who came or left.
        activity.members.retainAll(members);
        activity.members.addAll(members);
        activity.description = Text.blankToNull(fields.description());
        activity.peopleReached = fields.peopleReached();
    }

    /** Who may change or delete a recorded activity: as for recording it, and a member also those they recorded. */
    private void requireMayChange(Caller caller, ActivityEntity activity, String action) {
        if (caller.role() == Role.MEMBER) {
            boolean recorded = caller.accountId() != null && caller.accountId().equals(activity.recordedByAccountId);
            if (!recorded && !activity.isAttendedBy(caller.memberId())) {
                throw new ApiProblem(ProblemType.FORBIDDEN, "委员只能" + action + "本人记录或本人参加的自选动作");
            }
            return;
        }
        MemberService.requireMayRecord(caller, List.copyOf(activity.members), "自选动作", "参加");
    }
}
