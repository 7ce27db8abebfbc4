package cn.cppcc.liaison.opinion;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.Period;
import cn.cppcc.liaison.kernel.Predicate;
import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.audit.AuditRecordType;
import cn.cppcc.liaison.audit.PersonalDataReads;
import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.Export;
import cn.cppcc.liaison.kernel.FieldChecks;
import cn.cppcc.liaison.kernel.Filter;
import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.Participants;
import cn.cppcc.liaison.kernel.ProblemType;
import cn.cppcc.liaison.kernel.Sorting;
import cn.cppcc.liaison.kernel.Text;
import cn.cppcc.liaison.kernel.VersionedEntity;
import cn.cppcc.liaison.kernel.Versions;
import cn.cppcc.liaison.duty.DutyTurnEntity;
import cn.cppcc.liaison.member.MemberEntity;
import cn.cppcc.liaison.member.MemberService;
import cn.cppcc.liaison.kernel.Caller;
import cn.cppcc.liaison.studio.StudioEntity;
import cn.cppcc.liaison.studio.StudioService;
import cn.cppcc.liaison.township.TownshipEntity;
import cn.cppcc.liaison.township.TownshipService;
import cn.cppcc.liaison.village.VillageEntity;
import cn.cppcc.liaison.village.VillageService;
import cn.cppcc.liaison.visit.VisitEntity;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class OpinionService {

    @Inject
    OfficeClock clock;


    @Inject
    CallerContext callerContext;

    private static final Map<String, String> SORTABLE = Map.of("collectedOn", "collectedOn", "dueDate", "dueDate",
            "id", "id", "updatedAt", "updatedAt");



    private static final float SIMILAR_AT_LEAST = 0.15f;

    /** How many of a township's most recent open opinions the similar-opinions check compares. */
    private static final int SIMILAR_CANDIDATES = 1000;

    /** A search counts its matches up to this many; beyond it the total is a lower bound (totalCapped). */
    static final int SEARCH_COUNT_CAP = 10_000;

    @Inject
    EntityManager em;

    @Inject
    OpinionLifecycle lifecycle;

    @Inject
    PersonalDataReads personalDataReads;

    /** Days after a resolution with no feedback from the public when the problem counts as solved. */
    @ConfigProperty(name = "cppcc.opinions.confirm-after-days", defaultValue = "30")
    int confirmAfterDays;

    /** The quiet days after a resolution, for the figures counted outside this service (a member's work). */
    int confirmAfterDays() {
        return confirmAfterDays;
    }

    /** The filters shared by the list, the export and the summary; {@code submitters} who submitted them. */
    public record Criteria(Long committeeId, List<OpinionStatus> statuses, Long categoryId, Long townshipId,
            Long villageId, Participants submitters, OpinionSource source, Long visitId, Long dutyTurnId,
            Long forwardedToId, LocalDate from, LocalDate to, Boolean overdue, Boolean solved, String q,
            OpinionFigure figure) {

        /** No {@code submitters} is anyone's opinions. */
        public Criteria {
            submitters = submitters == null ? Participants.ANY : submitters;
        }

        /** The same filters for every figure at once: the period then dates each figure's own event. */
        Criteria forSummary() {
            return new Criteria(committeeId, statuses, categoryId, townshipId, villageId, submitters, source, visitId,
                    dutyTurnId, forwardedToId, null, null, overdue, solved, q, null);
        }

        /** The same filters, counting {@code counted}: what the list gives with {@code figure=}. */
        Criteria with(OpinionFigure counted) {
            return new Criteria(committeeId, statuses, categoryId, townshipId, villageId, submitters, source, visitId,
                    dutyTurnId, forwardedToId, from, to, overdue, solved, q, counted);
        }
    }

    public OpinionPage list(PageParams page, Criteria criteria) {
        Caller caller = callerContext.get();
        Filter filter = filter(caller, criteria);
        var query = OpinionEntity.<OpinionEntity>find(filter.query(), sort(page.sort), filter.parameters());
        List<OpinionEntity> rows = query.page(Page.of(page.page - 1, page.size)).list();
        if (criteria.q() == null || criteria.q().isBlank()) {
            return new OpinionPage(views(rows, caller), page.page, page.size, query.count(), false);
        }
        // A common word matches a large share of a million opinions: count the matches only up to the cap.
        var ids = em.createQuery("select id from OpinionEntity where " + filter.query(), Long.class)
                .setMaxResults(SEARCH_COUNT_CAP + 1);
        filter.parameters().forEach(ids::setParameter);
        int matches = ids.getResultList().size();
        return new OpinionPage(views(rows, caller), page.page, page.size, Math.min(matches, SEARCH_COUNT_CAP),
                matches > SEARCH_COUNT_CAP);
    }

    /**
     * 办理时长: for each opinion the list gives with these filters and {@code figure=SOLVED}, the days from its
     * submission (Beijing date) to the day it counts as solved, by {@link OpinionFigure#solvedOn}; in no order.
     */
    public List<Long> daysToSolution(Criteria criteria) {
        Filter filter = filter(callerContext.get(), criteria.with(OpinionFigure.SOLVED));
        List<Long> days = new ArrayList<>();
        for (Object day : query("select " + daysToSolution() + " from OpinionEntity where " + filter.query(),
                Object.class, filter.parameters())) {
            days.add(((Number) day).longValue());
        }
        return days;
    }

    /**
     * The days from submission to solution of a solved opinion, computed by PostgreSQL from its row
     * ({@code opinion_days_to_solution}, V24), with the service's quiet days: the rule of {@link OpinionFigure#SOLVED}.
     */
    private String daysToSolution() {
        return "function('opinion_days_to_solution', status, feedback, closedOn, resolutionEnteredOn, submittedAt, "
                + confirmAfterDays + ")";
    }

    /**
     * Every opinion the filter matches, newest first, as the list shows them to this caller (masked alike, reads
     * logged alike): the export, read a batch at a time as the file is written.
     */
    public Export<Opinion> export(Criteria criteria, Export.Format format, Map<String, List<String>> asked) {
        Caller caller = callerContext.get();
        Filter filter = filter(caller, criteria);
        Long committeeId = criteria.committeeId() != null ? criteria.committeeId() : caller.committeeId();
        CommitteeEntity committee = committeeId == null ? null : CommitteeEntity.findById(committeeId);
        return Export.of(format, Export.title("社情民意", committee == null ? null : committee.name, asked, clock.today()),
                OpinionExport.COLUMNS, (last, size) -> views(exportBatch(filter, last, size), caller));
    }

    /**
     * The rows after {@code last} in the list's default order (collected newest first, then id), by keyset rather
     * than offset, so the last batch costs what the first does; then the page's opinions with what a row shows.
     */
    private List<OpinionEntity> exportBatch(Filter filter, Opinion last, int size) {
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        String after = "";
        if (last != null) {
            // A row comparison, which PostgreSQL answers from the (collected_on desc, id desc) indexes.
            after = " and (collectedOn, id) < (:afterDay, :afterId)";
            parameters.put("afterDay", last.collectedOn());
            parameters.put("afterId", last.id());
        }
        var page = em.createQuery("select id from OpinionEntity where " + filter.query() + after
                + " order by collectedOn desc, id desc", Long.class).setMaxResults(size);
        parameters.forEach(page::setParameter);
        List<Long> ids = page.getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, OpinionEntity> rows = em.createQuery("select o from OpinionEntity o join fetch o.committee"
                        + " join fetch o.category join fetch o.township left join fetch o.village"
                        + " left join fetch o.studio left join fetch o.forwardedTo left join fetch o.submitters"
                        + " where o.id in :ids", OpinionEntity.class)
                .setParameter("ids", ids).setHint(HibernateHints.HINT_READ_ONLY, true).getResultStream()
                .collect(Collectors.toMap(o -> o.id, o -> o, (a, b) -> a));
        return ids.stream().map(rows::get).toList();
    }

    public Opinion get(long id) {
        Caller caller = callerContext.get();
        return views(List.of(find(id, caller)), caller).get(0);
    }

    public OpinionTransition.History history(long id) {
        find(id, callerContext.get());
        return new OpinionTransition.History(OpinionTransitionEntity.of(id).stream().map(OpinionTransition::of).toList());
    }

    @Transactional
    public Opinion create(OpinionFields fields) {
        Caller caller = callerContext.get();
        OpinionEntity opinion = new OpinionEntity();
        opinion.committee = CommitteeEntity.referenced(callerContext.get(), "committeeId", fields.committeeId());
        opinion.status = OpinionStatus.DRAFT;
        opinion.statusChangedAt = clock.now();
        opinion.recordedBy = caller.name();
        opinion.recordedByAccountId = caller.accountId();
        apply(opinion, fields, caller);
        boolean submit = Boolean.TRUE.equals(fields.submit());
        if (submit) {
            // Recorded and submitted in one insert; the history still shows both steps.
            opinion.status = OpinionStatus.SUBMITTED;
            opinion.submittedAt = opinion.statusChangedAt;
        }
        opinion.persist();
        lifecycle.record(opinion, OpinionAction.CREATE, null, caller, null);
        if (submit) {
            lifecycle.record(opinion, OpinionAction.SUBMIT, OpinionStatus.DRAFT, caller, null);
        }
        em.flush();
        return written(opinion, caller).get(0);
    }

    @Transactional
    public Opinion update(long id, String ifMatch, OpinionFields fields) {
        Caller caller = callerContext.get();
        OpinionEntity opinion = find(id, caller);
        if (!OpinionWorkflow.mayEdit(opinion, caller)) {
            if (!OpinionWorkflow.isOffice(opinion, caller) && !OpinionWorkflow.isOwn(opinion, caller)) {
                throw new ApiProblem(ProblemType.FORBIDDEN, "只有提交的委员、其召集人或联络员和委员工作处可以修改社情民意");
            }
            throw ApiProblem.illegalState("status", "社情民意 " + id + " 当前为“" + opinion.status.label + "”，"
                    + (OpinionWorkflow.isOffice(opinion, caller) ? "已办结评价、不予采用或已合并的不能再修改"
                    : "委员工作处采用后只能由委员工作处修改"), null);
        }
        Versions.checkUpdate("社情民意", opinion, ifMatch, fields.committeeId());
        apply(opinion, fields, caller);
        em.flush();
        return written(opinion, caller).get(0);
    }

    @Transactional
    public void delete(long id) {
        Caller caller = callerContext.get();
        OpinionEntity opinion = find(id, caller);
        if (!OpinionWorkflow.isOffice(opinion, caller) && !OpinionWorkflow.isOwn(opinion, caller)) {
            throw new ApiProblem(ProblemType.FORBIDDEN, "只有提交的委员、其召集人或联络员和委员工作处可以删除社情民意草稿");
        }
        if (opinion.status != OpinionStatus.DRAFT) {
            throw ApiProblem.illegalState("status", "社情民意 " + id + " 当前为“" + opinion.status.label
                    + "”，只能删除草稿；已上报的可由委员工作处不予采用或合并", null);
        }
        opinion.delete();
    }

    /**
     * The figures for the list's filters and period, each counted by its {@link OpinionFigure} definition: the
     * list with {@code figure=} and the same filters has exactly that total.
     */
    public OpinionSummary summary(Criteria criteria) {
        Counting counting = counting(criteria);
        Map<OpinionFigure, String> counted = counting.counted();
        Map<String, Object> parameters = counting.parameters();
        String where = counting.from();
        Map<OpinionFigure, Long> figures = figures(query("select " + counting.counts() + where, Object[].class,
                parameters).get(0), 0);
        String collected = counted.get(OpinionFigure.COLLECTED);
        String solved = counted.get(OpinionFigure.SOLVED);
        Map<OpinionStatus, Long> byStatus = new EnumMap<>(OpinionStatus.class);
        for (Object[] row : query("select status, count(*)" + where + " and " + collected + " group by status",
                Object[].class, parameters)) {
            byStatus.put((OpinionStatus) row[0], (Long) row[1]);
        }
        List<OpinionSummary.Category> byCategory = query("select category.id, category.name,"
                        + " count(*) filter (where " + collected + "), count(*) filter (where " + solved + ")"
                        + where + " and (" + collected + " or " + solved + ")"
                        + " group by category.id, category.name, category.sortOrder order by category.sortOrder, category.name",
                Object[].class, parameters).stream()
                .map(r -> new OpinionSummary.Category((Long) r[0], (String) r[1], (Long) r[2], (Long) r[3])).toList();
        return new OpinionSummary(figures.get(OpinionFigure.COLLECTED), byStatus, figures.get(OpinionFigure.SOLVED),
                figures.get(OpinionFigure.AWAITING_CONFIRMATION), figures.get(OpinionFigure.OVERDUE),
                figures.get(OpinionFigure.FORWARDED), figures.get(OpinionFigure.ADOPTED),
                figures.get(OpinionFigure.ACCEPTED), figures.get(OpinionFigure.RESOLVED), figures.get(OpinionFigure.OPEN),
                confirmAfterDays,
                byCategory);
    }

    /**
     * The summary's figures of each township or category of {@code ids} ({@code by} is {@code township} or
     * {@code category}), the other filters as {@code criteria} gives them: one grouped question, the summary's
     * conditions, so each is the list's total with the row's filter added.
     */
    public Map<Long, Map<OpinionFigure, Long>> figuresBy(Criteria criteria, String by, List<Long> ids) {
        Counting counting = counting(criteria);
        Map<String, Object> parameters = new HashMap<>(counting.parameters());
        parameters.put("gIds", ids);
        Map<Long, Map<OpinionFigure, Long>> rows = new HashMap<>();
        ids.forEach(id -> rows.put(id, figures(null, -1)));
        for (Object[] row : query("select " + by + ".id, " + counting.counts() + counting.from() + " and " + by
                + ".id in :gIds group by " + by + ".id", Object[].class, parameters)) {
            rows.put((Long) row[0], figures(row, 1));
        }
        return rows;
    }

    /**
     * The summary's figures and 办理时长 for each member, group or sector of {@code ids} ({@code key} the path from a
     * member to it: empty, {@code .group} or {@code .sector}): the opinions one of them submitted, each counted once,
     * as the list counts them for {@code memberId}, {@code groupId} or {@code sectorId}. Each figure's condition is
     * asked of each opinion once; the rows add them up.
     */
    public Map<Long, BySubmitter> figuresBySubmitter(Criteria criteria, String key, List<Long> ids) {
        // The counted opinions (submitted, not merged away) that any figure counts in the period, each with those
        // figures: from then on the filter keeps only them, so who submitted them reads no others.
        Filter submitted = filter(callerContext.get(), criteria.forSummary()).where("status in :sCounted", "sCounted",
                OpinionFigure.COUNTED);
        Period period = period(criteria);
        Map<Long, Set<OpinionFigure>> counted = submitted.countedBy("OpinionEntity", OpinionFigure.class,
                List.of(OpinionFigure.values()), f -> f.event(period, confirmAfterDays, "f" + f.ordinal()));
        Filter solved = filter(callerContext.get(), criteria.with(OpinionFigure.SOLVED));
        Map<Long, Long> days = new HashMap<>();
        for (Object[] row : query("select id, " + daysToSolution() + " from OpinionEntity where " + solved.query(),
                Object[].class, solved.parameters())) {
            days.put((Long) row[0], ((Number) row[1]).longValue());
        }
        Map<Long, BySubmitter> rows = new HashMap<>();
        submitted.recordsBy("OpinionEntity", "join e.submitters m", "m", "1 = 1", Map.of(), key, ids).forEach(
                (id, opinions) -> {
                    Map<OpinionFigure, Long> figures = figures(null, -1);
                    List<Long> took = new ArrayList<>();
                    for (Long opinion : opinions) {
                        counted.get(opinion).forEach(f -> figures.merge(f, 1L, Long::sum));
                        if (days.containsKey(opinion)) {
                            took.add(days.get(opinion));
                        }
                    }
                    rows.put(id, new BySubmitter(figures, took));
                });
        return rows;
    }

    /** One member's, group's or sector's opinion figures and the days its solved opinions took. */
    public record BySubmitter(Map<OpinionFigure, Long> figures, List<Long> daysToSolution) {
    }

    /** The summary's figures alone, without its counts by status and category: what a report asks. */
    public Map<OpinionFigure, Long> figures(Criteria criteria) {
        Counting counting = counting(criteria);
        return figures(query("select " + counting.counts() + counting.from(), Object[].class, counting.parameters())
                .get(0), 0);
    }

    /**
     * How the summary counts: the opinions the filters keep that are counted at all (submitted, not merged away:
     * the scan keeps only those, once), and each figure's condition for the period among them.
     */
    private record Counting(String from, Map<String, Object> parameters, Map<OpinionFigure, String> counted) {

        String counts() {
            return String.join(", ", counted.values().stream().map(c -> "count(*) filter (where " + c + ")").toList());
        }
    }

    private Counting counting(Criteria criteria) {
        Filter filter = filter(callerContext.get(), criteria.forSummary());
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        parameters.put("sCounted", OpinionFigure.COUNTED);
        Map<OpinionFigure, String> counted = new EnumMap<>(OpinionFigure.class);
        for (OpinionFigure figure : OpinionFigure.values()) {
            Predicate predicate = figure.event(period(criteria), confirmAfterDays, "f" + figure.ordinal());
            counted.put(figure, predicate.condition());
            parameters.putAll(predicate.parameters());
        }
        return new Counting(" from OpinionEntity where " + filter.query() + " and status in :sCounted", parameters,
                counted);
    }

    /**
     * The days from submission to solution of the opinions solved in the period, for each township or category of
     * {@code ids}, as {@link #daysToSolution} gives them for one.
     */
    public Map<Long, List<long[]>> daysToSolutionBy(Criteria criteria, String by, List<Long> ids) {
        Filter filter = filter(callerContext.get(), criteria.with(OpinionFigure.SOLVED));
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        parameters.put("gIds", ids);
        Map<Long, List<long[]>> days = new HashMap<>();
        ids.forEach(id -> days.put(id, new ArrayList<>()));
        // Each row's days and how many opinions took them, counted by PostgreSQL.
        for (Object[] row : query("select " + by + ".id, " + daysToSolution() + ", count(*) from OpinionEntity where "
                + filter.query() + " and " + by + ".id in :gIds group by 1, 2", Object[].class, parameters)) {
            days.get((Long) row[0]).add(new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        days.values().forEach(counted -> counted.sort(Comparator.comparingLong(c -> c[0])));
        return days;
    }

    /** The figures counted from {@code row}'s columns starting at {@code first}; all 0 when {@code first} < 0. */
    private static Map<OpinionFigure, Long> figures(Object[] row, int first) {
        Map<OpinionFigure, Long> figures = new EnumMap<>(OpinionFigure.class);
        for (OpinionFigure f : OpinionFigure.values()) {
            figures.put(f, first < 0 ? 0L : (Long) row[first + f.ordinal()]);
        }
        return figures;
    }

    /**
     * Open opinions of the township whose text shares the most character pairs with {@code text}, so a member
     * recording a duplicate sees the first one.
     */
    public SimilarOpinions similar(long townshipId, String text, Long excludeId) {
        Caller caller = callerContext.get();
        TownshipEntity township = TownshipEntity.findById(townshipId);
        if (township == null || !caller.sees(township.committee.id)) {
            throw ApiProblem.unknownReference("townshipId", "乡镇（街道）", townshipId);
        }
        // The text is split into character pairs once (q), each candidate row once. Candidates are the township's
        // most recent open opinions: duplicates arrive close together, and the work stays bounded in a busy place.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, title, status, collected_on, score from ("
                        + " select c.id, c.title, c.status, c.collected_on,"
                        + " bigram_similarity(text_bigrams(c.title || ' ' || c.content), q.pairs) as score"
                        + " from (select o.id, o.title, o.content, o.status, o.collected_on from opinion o"
                        + " where o.township_id = :township and o.status in (:open)"
                        + " and (cast(:exclude as bigint) is null or o.id <> cast(:exclude as bigint))"
                        + " order by o.collected_on desc, o.id desc limit :candidates) c,"
                        + " (select text_bigrams(:text) as pairs offset 0) q) s"
                        + " where score >= :least order by score desc, id desc limit 5")
                .setParameter("text", text.strip()).setParameter("township", townshipId)
                .setParameter("open", OpinionStatus.OPEN.stream().map(Enum::name).toList())
                .setParameter("exclude", excludeId).setParameter("least", SIMILAR_AT_LEAST)
                .setParameter("candidates", SIMILAR_CANDIDATES)
                .getResultList();
        return new SimilarOpinions(rows.stream().map(r -> new SimilarOpinions.Item(((Number) r[0]).longValue(),
                (String) r[1], OpinionStatus.valueOf((String) r[2]), (LocalDate) r[3],
                township.name, Math.round(((Number) r[4]).floatValue() * 100) / 100f)).toList());
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    /** The list's filter: the caller's reach first, then what the client asked for. */
    private Filter filter(Caller caller, Criteria c) {
        LocalDate today = today();
        Period.of(c.from(), c.to(), today);
        Filter filter = scope(caller)
                .equal("committee.id", "committeeId", c.committeeId())
                .where("status in :statuses", "statuses", c.statuses() == null || c.statuses().isEmpty() ? null
                        : EnumSet.copyOf(c.statuses()))
                .equal("category.id", "categoryId", c.categoryId())
                .equal("township.id", "townshipId", c.townshipId())
                .equal("village.id", "villageId", c.villageId())
                .equal("source", "source", c.source())
                .equal("visit.id", "visitId", c.visitId())
                .equal("dutyTurn.id", "dutyTurnId", c.dutyTurnId())
                .equal("forwardedTo.id", "forwardedToId", c.forwardedToId())
                // One of the submitting members (merged duplicates' submitters included) is the one asked about.
                .where("exists (select 1 from this.submitters m where " + c.submitters().on("m") + ")",
                        c.submitters().parameters(), c.submitters().given());
        if (c.figure() != null) {
            // The period dates the figure's own event: solved in March, accepted in the quarter.
            Predicate counted = c.figure().in(period(c), confirmAfterDays);
            filter.where(counted.condition(), counted.parameters());
        } else {
            filter.where("collectedOn >= :from", "from", c.from()).where("collectedOn <= :to", "to", c.to());
        }
        Period now = Period.untilToday(today);
        for (OpinionFigure current : List.of(OpinionFigure.OVERDUE, OpinionFigure.SOLVED)) {
            Boolean wanted = current == OpinionFigure.OVERDUE ? c.overdue() : c.solved();
            if (wanted != null) {
                Predicate is = current.in(now, confirmAfterDays, "now" + current.ordinal());
                // "Not overdue" and "not solved" are every other opinion the caller sees, drafts included.
                Predicate chosen = wanted ? is : is.negated();
                filter.where(chosen.condition(), chosen.parameters());
            }
        }
        if (c.q() != null && !c.q().isBlank()) {
            // opinion_matches is inlined by PostgreSQL, so the bigram GIN index on title and content serves it.
            filter.where("function('opinion_matches', title, content, :q) = true", "q", c.q().strip());
        }
        return filter;
    }

    /**
     * What a caller may list: the office and reporters their committee's opinions and those forwarded to it;
     * group leads those their group's members submit; members their own.
     */
    private Filter scope(Caller caller) {
        Filter filter = new Filter();
        switch (caller.role()) {
            case ADMIN, OFFICE, REPORTER -> filter.where("(committee.id = :scope or forwardedTo.id = :scope)", "scope",
                    caller.committeeId());
            case CONVENOR, LIAISON -> filter.equal("committee.id", "scope", caller.committeeId())
                    .where("id in (select o.id from OpinionEntity o join o.submitters m"
                            + " where m.group.id = :scopeGroup or m.id = :scopeMember)",
                            Map.of("scopeGroup", caller.groupId() == null ? -1L : caller.groupId(),
                                    "scopeMember", caller.memberId() == null ? -1L : caller.memberId()));
            case MEMBER -> filter.where("id in (select o.id from OpinionEntity o join o.submitters m"
                    + " where m.id = :scopeMember)", Map.of("scopeMember",
                    caller.memberId() == null ? -1L : caller.memberId()));
        }
        return filter;
    }

    /** Runs a report query, binding only the parameters it names. */
    private <T> List<T> query(String hql, Class<T> type, Map<String, Object> parameters) {
        var query = em.createQuery(hql, type);
        parameters.forEach((name, value) -> {
            if (java.util.regex.Pattern.compile(":" + name + "\\b").matcher(hql).find()) {
                query.setParameter(name, value);
            }
        });
        return query.getResultList();
    }

    /** The opinions as this caller reads them; unmasked personal data is logged as read. */
    private List<Opinion> views(List<OpinionEntity> rows, Caller caller) {
        return views(rows, caller, true);
    }

    /** The answer to a write shows what the caller just wrote: not logged as a read of someone's data. */
    List<Opinion> written(OpinionEntity row, Caller caller) {
        return views(List.of(row), caller, false);
    }

    private List<Opinion> views(List<OpinionEntity> rows, Caller caller, boolean logReads) {
        LocalDate today = today();
        List<Opinion> views = new ArrayList<>(rows.size());
        List<Long> shown = new ArrayList<>();
        Set<Long> committees = new java.util.HashSet<>();
        for (OpinionEntity row : rows) {
            boolean unmasked = OpinionWorkflow.seesPersonalData(row, caller);
            if (unmasked && (row.raisedByName != null || row.raisedByPhone != null)) {
                shown.add(row.id);
                committees.add(row.committee.id);
            }
            views.add(Opinion.of(row, new Opinion.View(today, confirmAfterDays, unmasked,
                    OpinionWorkflow.allowed(row, caller))));
        }
        if (logReads) {
            personalDataReads.record(AuditRecordType.OPINION, committees.size() == 1 ? committees.iterator().next() : null,
                    shown, "raisedByName", "raisedByPhone");
        }
        return views;
    }

    /** The opinion, or 404 when it does not exist or the caller may not see it. */
    private OpinionEntity find(long id, Caller caller) {
        OpinionEntity opinion = VersionedEntity.found(OpinionEntity.findById(id), "社情民意", id);
        if (!OpinionWorkflow.maySee(opinion, caller)) {
            throw ApiProblem.notFound("社情民意", id);
        }
        return opinion;
    }

    LocalDate today() {
        return clock.today();
    }

    /** The period a figure counts over, in Beijing days, against the office clock's today. */
    private Period period(Criteria c) {
        return new Period(c.from(), c.to(), today());
    }

    // ---- writing ---------------------------------------------------------------------------------------------

    private void apply(OpinionEntity opinion, OpinionFields fields, Caller caller) {
        long committeeId = opinion.committee.id;
        LocalDate today = today();
        FieldChecks checks = new FieldChecks()
                .check(fields.collectedOn().isAfter(today), "collectedOn", "收集日期不能晚于今天（" + today + "）")
                .check(opinion.dueDate != null && fields.collectedOn().isAfter(opinion.dueDate), "collectedOn",
                        "收集日期不能晚于已定的办理期限 " + opinion.dueDate)
                .check(opinion.resolvedOn != null && fields.collectedOn().isAfter(opinion.resolvedOn), "collectedOn",
                        "收集日期不能晚于已记录的办结日期 " + opinion.resolvedOn);
        TownshipEntity township = checks.read(
                () -> TownshipService.referenced("townshipId", fields.townshipId(), committeeId));
        List<MemberEntity> members = checks.read(
                () -> MemberService.referenced("memberIds", fields.memberIds(), committeeId));
        OpinionCategoryEntity category = checks.read(
                () -> OpinionCategoryService.referenced("categoryId", fields.categoryId(), committeeId));
        // A village is checked against its township, so a refused township leaves the village unchecked.
        VillageEntity village = fields.villageId() == null || township == null ? null
                : checks.read(() -> VillageService.referenced("villageId", fields.villageId(), township));
        Link link = link(fields, committeeId, checks);
        checks.done();
        MemberService.requireMayRecord(caller, members, "社情民意", "提交");
        opinion.category = category;
        opinion.title = fields.title().strip();
        opinion.content = fields.content().strip();
        opinion.collectedOn = fields.collectedOn();
        opinion.township = township;
        opinion.village = village;
        opinion.source = fields.source();
        opinion.visit = link.visit();
        opinion.dutyTurn = link.dutyTurn();
        opinion.studio = link.studio();
        // Members merged in from duplicates keep their credit when the submitters are edited.
        Set<MemberEntity> merged = mergedSubmitters(opinion);
        opinion.submitters.retainAll(members);
        opinion.submitters.addAll(members);
        opinion.submitters.addAll(merged);
        opinion.raisedByName = Text.blankToNull(fields.raisedByName());
        opinion.raisedByPhone = Text.blankToNull(fields.raisedByPhone());
    }

    /** The record an opinion came from, as its source requires. */
    private record Link(VisitEntity visit, DutyTurnEntity dutyTurn, StudioEntity studio) {
    }

    /** The record the source names, or nulls where the checks refused it. */
    private Link link(OpinionFields fields, long committeeId, FieldChecks checks) {
        OpinionSource source = fields.source();
        refuseLink(checks, source != OpinionSource.VISIT, "visitId", fields.visitId(), source);
        refuseLink(checks, source != OpinionSource.DUTY_TURN, "dutyTurnId", fields.dutyTurnId(), source);
        refuseLink(checks, source != OpinionSource.STUDIO, "studioId", fields.studioId(), source);
        Caller caller = callerContext.get();
        return switch (source) {
            case VISIT -> {
                Long id = fields.visitId();
                checks.check(id == null, "visitId", "来源为接待走访时须给出接待走访记录");
                VisitEntity visit = id == null ? null : checks.read(() -> caller.referenced(VisitEntity.findById(id),
                        (VisitEntity v) -> v.committee.id, "visitId", "接待走访记录", id));
                checks.check(visit != null && !visit.committee.id.equals(committeeId), "visitId",
                        "接待走访记录 " + id + " 不属于该政协");
                yield new Link(visit, null, null);
            }
            case DUTY_TURN -> {
                Long id = fields.dutyTurnId();
                checks.check(id == null, "dutyTurnId", "来源为轮值时须给出轮值记录");
                DutyTurnEntity turn = id == null ? null : checks.read(() -> caller.referenced(
                        DutyTurnEntity.findById(id), (DutyTurnEntity t) -> t.committee.id, "dutyTurnId", "轮值", id));
                checks.check(turn != null && !turn.committee.id.equals(committeeId), "dutyTurnId",
                        "轮值 " + id + " 不属于该政协");
                yield new Link(null, turn, null);
            }
            case STUDIO -> {
                Long id = fields.studioId();
                checks.check(id == null, "studioId", "来源为委员工作室时须给出工作室");
                StudioEntity studio = id == null ? null
                        : checks.read(() -> StudioService.referenced("studioId", id, committeeId));
                yield new Link(null, null, studio);
            }
            case ONLINE, OTHER -> new Link(null, null, null);
        };
    }

    private void refuseLink(FieldChecks checks, boolean refused, String field, Long value, OpinionSource source) {
        checks.check(refused && value != null, field, "来源为“" + source.label + "”时不能填写 " + field);
    }

    /** Submitters who came with duplicates merged into this opinion. */
    private Set<MemberEntity> mergedSubmitters(OpinionEntity opinion) {
        if (opinion.id == null) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("select distinct m from OpinionEntity o join o.submitters m"
                + " where o.mergedInto.id = :id", MemberEntity.class).setParameter("id", opinion.id).getResultList());
    }

    /**
     * The opinions a request body lists (a consultation's, an outcome's), in the order given: each must exist,
     * belong to the committee, be listed once, and have been submitted and not merged away.
     */
    public static List<OpinionEntity> referenced(String field, List<Long> ids, long committeeId) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        Map<Long, OpinionEntity> found = OpinionEntity.<OpinionEntity>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(o -> o.id, o -> o));
        Set<Long> seen = new java.util.HashSet<>();
        List<OpinionEntity> opinions = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            String at = field + "[" + i + "]";
            OpinionEntity opinion = found.get(ids.get(i));
            if (!seen.add(ids.get(i))) {
                throw ApiProblem.invalid(at, "社情民意 " + ids.get(i) + " 重复列出");
            }
            if (opinion == null || !opinion.committee.id.equals(committeeId)) {
                throw ApiProblem.unknownReference(at, "本政协的社情民意", ids.get(i));
            }
            if (opinion.status == OpinionStatus.DRAFT || opinion.status == OpinionStatus.MERGED) {
                throw ApiProblem.invalid(at, "社情民意 " + opinion.id + " 当前为“" + opinion.status.label
                        + "”，草稿和已合并的不能列入");
            }
            opinions.add(opinion);
        }
        return opinions;
    }

    /** Newest collected first; among one day's, the newest recorded first. */
    private Sort sort(String requested) {
        return Sorting.parseTiedById(requested, SORTABLE, "-collectedOn", null);
    }
}
