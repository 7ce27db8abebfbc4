package cn.cppcc.liaison.report;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.committee.CommitteeTree;
import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.FieldChecks;
import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.Period;
import cn.cppcc.liaison.kernel.Role;
import cn.cppcc.liaison.kernel.report.CustomPlans;
import cn.cppcc.liaison.kernel.report.FigureQuery;
import cn.cppcc.liaison.kernel.report.ReportFigure;
import cn.cppcc.liaison.member.MemberTerms;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reports: a committee's figures for a period, asked of every feature through {@link FigureQuery}. The report
 * counts nothing itself: each figure is its feature's list for the same filters, which the drill-down names.
 */
@ApplicationScoped
public class ReportService {

    private static final String[] QUARTERS = {"一", "二", "三", "四"};

    /** Members' rows a page holds when the client does not say. */
    static final int MEMBER_ROWS = 50;

    private static final int BREAKDOWN_SECONDS = 600;

    @Inject
    CallerContext callerContext;

    @Inject
    OfficeClock clock;

    @Inject
    Event<FigureQuery> figures;

    @Inject
    ReportTree tree;

    @Inject
    MemberTerms.Remembered terms;

    @Transactional
    public ReportSummary summary(Long committeeId, ReportScope scope, ReportPeriodParams given) {
        terms.readOnly();
        ReportPeriodParams asked = resolved(given);
        CustomPlans.forThisReport(CommitteeEntity.getEntityManager());
        ReportSummary.Period period = period(asked);
        CommitteeEntity committee = committee(committeeId);
        boolean dates = asked.from != null;
        ReportSummary.Period previous = previous(period, dates, asked.quarter != null, asked.month != null);
        ReportSummary.Period yearAgo = yearAgo(period, dates, asked.quarter != null, asked.month != null);
        if (scope == ReportScope.SUBTREE) {
            return subtree(committee, period, previous, yearAgo);
        }
        // The three periods asked together; a year's previous period is the year before: asked once.
        boolean twice = yearAgo.equals(previous);
        FigureQuery three = FigureQuery.periods(committee.id, (twice ? List.of(period, previous)
                : List.of(period, previous, yearAgo)).stream().map(this::days).toList());
        figures.fire(three);
        Map<ReportFigure, FigureQuery.Answer> now = three.answers(0L);
        Map<ReportFigure, FigureQuery.Answer> before = three.answers(1L);
        Map<ReportFigure, FigureQuery.Answer> lastYear = twice ? before : three.answers(2L);
        List<ReportSummary.Figure> answered = new ArrayList<>();
        now.forEach((figure, a) -> answered.add(new ReportSummary.Figure(figure, figure.label, figure.unit,
                figure.definition, a.value(), valueOf(before.get(figure)), valueOf(lastYear.get(figure)),
                new ReportSummary.DrillDown(a.operationId(), a.query(), a.measure()))));
        return new ReportSummary(committee.id, committee.name, ReportScope.OWN, period, previous, yearAgo,
                ReportText.of(period.label(), shortName(committee), null, values(now)), answered);
    }

    /**
     * The committee's figures with every committee's below it, summed as a breakdown by committee sums its rows for
     * each of the three periods; no list gives a sum, so the figures have no drill-down (the rows have theirs).
     */
    private ReportSummary subtree(CommitteeEntity committee, ReportSummary.Period period,
            ReportSummary.Period previous, ReportSummary.Period yearAgo) {
        List<CommitteeTree.Node> committees = tree.of(committee);
        Map<ReportFigure, Long> now = tree.summed(committees, days(period));
        Map<ReportFigure, Long> before = tree.summed(committees, days(previous));
        Map<ReportFigure, Long> lastYear = yearAgo.equals(previous) ? before : tree.summed(committees, days(yearAgo));
        List<ReportSummary.Figure> answered = new ArrayList<>();
        now.forEach((figure, value) -> answered.add(new ReportSummary.Figure(figure, figure.label, figure.unit,
                figure.definition, value, before.get(figure), lastYear.get(figure), null)));
        return new ReportSummary(committee.id, committee.name, ReportScope.SUBTREE, period, previous, yearAgo,
                ReportText.of(period.label(), shortName(committee) + "及其下级政协", null, now), answered);
    }

    /**
     * A breakdown asks each feature once for all its rows ({@link FigureQuery#rows}); by committee it asks once per
     * committee of the tree, which for a province's many can pass the minute a transaction is otherwise given: it
     * reads only, so it is given ten, not cut off with an error.
     */
    @Transactional
    @TransactionConfiguration(timeout = BREAKDOWN_SECONDS)
    public ReportBreakdown breakdown(Long committeeId, ReportDimension by, ReportPeriodParams given, Integer page,
            Integer size) {
        terms.readOnly();
        ReportPeriodParams asked = resolved(given);
        new FieldChecks().check(by == null, "by", "请给出按什么分项（by）：MONTH、QUARTER、TOWNSHIP、PLATFORM、STUDIO、CATEGORY、"
                        + "GROUP、SECTOR、MEMBER、COMMITTEE")
                .check(page != null && by != ReportDimension.MEMBER, "page", "只有按委员分项（by=MEMBER）时分页")
                .check(size != null && by != ReportDimension.MEMBER, "size", "只有按委员分项（by=MEMBER）时分页")
                .done();
        CustomPlans.forThisReport(CommitteeEntity.getEntityManager());
        ReportSummary.Period period = period(asked);
        CommitteeEntity committee = committee(committeeId);
        if (by == ReportDimension.COMMITTEE) {
            return byCommittee(committee, period);
        }
        LocalDate today = clock.today();
        List<ReportBreakdown.Row> rows = new ArrayList<>();
        if (by.slice == null) {
            int months = by == ReportDimension.QUARTER ? 3 : 1;
            LocalDate start = by == ReportDimension.QUARTER ? OfficeClock.quarterStart(period.from())
                    : period.from().withDayOfMonth(1);
            // The months or quarters, each cut to the period, asked together.
            List<ReportSummary.Period> parts = new ArrayList<>();
            for (LocalDate first = start; !first.isAfter(period.to()); first = first.plusMonths(months)) {
                ReportSummary.Period named = named(first, by == ReportDimension.QUARTER, by == ReportDimension.MONTH,
                        today);
                LocalDate partFrom = first.isBefore(period.from()) ? period.from() : first;
                LocalDate partTo = named.to().isAfter(period.to()) ? period.to() : named.to();
                parts.add(new ReportSummary.Period(partFrom, partTo, named.asOf(), named.label()));
            }
            FigureQuery query = FigureQuery.periods(committee.id, parts.stream().map(this::days).toList());
            figures.fire(query);
            for (int i = 0; i < parts.size(); i++) {
                ReportSummary.Period part = parts.get(i);
                Map<ReportFigure, FigureQuery.Answer> answers = query.answers((long) i);
                rows.add(row(ReportBreakdown.Slice.of(null, part.label(), part.from(), part.to()), answers, false,
                        ReportText.of(part.label(), shortName(committee), null, values(answers))));
            }
            return new ReportBreakdown(committee.id, committee.name, by, period, rows.size(), null, null, rows, null);
        }
        if (by == ReportDimension.MEMBER) {
            return byMember(committee, period, page == null ? 1 : page, size == null ? MEMBER_ROWS : size);
        }
        rows.addAll(rows(committee, period, by, slices(committee.id, by), false));
        return new ReportBreakdown(committee.id, committee.name, by, period, rows.size(), null, null, rows, null);
    }

    /** The committee's own figures and those of each committee below it, at every depth, and their sum. */
    private ReportBreakdown byCommittee(CommitteeEntity committee, ReportSummary.Period period) {
        List<ReportBreakdown.Row> rows = new ArrayList<>();
        List<FigureQuery> answered = new ArrayList<>();
        for (CommitteeTree.Node node : tree.of(committee)) {
            FigureQuery query = tree.ask(node.id(), days(period));
            answered.add(query);
            rows.add(row(new ReportBreakdown.Slice(node.id(), node.name(), null, null, node.parentId(), node.depth()),
                    query, false, ReportText.of(period.label(), node.name(), null, values(query.answers()))));
        }
        List<ReportBreakdown.Summed> sum = new ArrayList<>();
        ReportTree.summed(answered).forEach((figure, value) -> sum.add(new ReportBreakdown.Summed(figure, figure.label,
                figure.unit, value)));
        return new ReportBreakdown(committee.id, committee.name, ReportDimension.COMMITTEE, period, rows.size(), null,
                null, rows, new ReportBreakdown.Sum(sum));
    }

    /**
     * A page of the members in office at some time in the period, by name; a reporter reads their figures without
     * their names, ids or drill-downs (which name them), as the evaluation's table shows it.
     */
    private ReportBreakdown byMember(CommitteeEntity committee, ReportSummary.Period period, int page, int size) {
        Set<Long> inOffice = MemberTerms.inOffice(committee.id, null, period.from(), period.to(), clock.today());
        List<Object[]> members = slices(committee.id, ReportDimension.MEMBER).stream()
                .filter(m -> inOffice.contains((Long) m[0])).toList();
        boolean anonymous = callerContext.get().role() == Role.REPORTER;
        int first = (int) Math.min((long) (page - 1) * size, members.size());
        List<ReportBreakdown.Row> rows = rows(committee, period, ReportDimension.MEMBER,
                members.subList(first, Math.min(first + size, members.size())), anonymous);
        return new ReportBreakdown(committee.id, committee.name, ReportDimension.MEMBER, period, members.size(), page,
                size, rows, null);
    }

    /** The townships', groups', members'… figures for the period, each an {@code [id, name]}, asked together. */
    private List<ReportBreakdown.Row> rows(CommitteeEntity committee, ReportSummary.Period period, ReportDimension by,
            List<Object[]> slices, boolean anonymous) {
        if (slices.isEmpty()) {
            return List.of();
        }
        FigureQuery query = FigureQuery.rows(committee.id, Period.of(period.from(), period.to(), clock.today()),
                by.slice, slices.stream().map(slice -> (Long) slice[0]).toList());
        figures.fire(query);
        List<ReportBreakdown.Row> rows = new ArrayList<>();
        for (Object[] slice : slices) {
            Long id = (Long) slice[0];
            String name = (String) slice[1];
            Map<ReportFigure, FigureQuery.Answer> answers = query.answers(id);
            // A reporter's member row names no one, its paragraph included.
            String subject = anonymous ? "该委员" : name;
            rows.add(row(anonymous ? ReportBreakdown.Slice.of(null, null, null, null)
                    : ReportBreakdown.Slice.of(id, name, null, null), answers, anonymous,
                    ReportText.of(period.label(), subject, by.slice, values(answers))));
        }
        return rows;
    }

    private static ReportBreakdown.Row row(ReportBreakdown.Slice slice, FigureQuery query, boolean anonymous,
            String text) {
        return row(slice, query.answers(), anonymous, text);
    }

    private static ReportBreakdown.Row row(ReportBreakdown.Slice slice, Map<ReportFigure, FigureQuery.Answer> answers,
            boolean anonymous, String text) {
        List<ReportBreakdown.Figure> answered = new ArrayList<>();
        answers.forEach((figure, a) -> answered.add(new ReportBreakdown.Figure(figure, figure.label,
                figure.unit, a.value(), anonymous ? null
                        : new ReportSummary.DrillDown(a.operationId(), a.query(), a.measure()))));
        return new ReportBreakdown.Row(slice, text, answered);
    }

    private static Map<ReportFigure, Long> values(Map<ReportFigure, FigureQuery.Answer> answers) {
        Map<ReportFigure, Long> values = new EnumMap<>(ReportFigure.class);
        answers.forEach((figure, a) -> values.put(figure, a.value()));
        return values;
    }

    /** How the articles name a committee: "岳塘区政协" for 政协湘潭市岳塘区第五届委员会. */
    private static String shortName(CommitteeEntity committee) {
        return committee.region == null || committee.region.isBlank() ? committee.name : committee.region + "政协";
    }

    /**
     * The committee's townships, platforms, studios, opinion categories, groups, sectors or members: ids and names,
     * the places by name, the categories, groups and sectors in their lists' order, the members by name.
     */
    private static List<Object[]> slices(long committeeId, ReportDimension by) {
        String hql = switch (by) {
            case TOWNSHIP -> "select t.id, t.name from TownshipEntity t where t.committee.id = :c order by t.name, t.id";
            case PLATFORM -> "select p.id, p.name from PlatformEntity p where p.committee.id = :c order by p.name, p.id";
            case STUDIO -> "select s.id, s.name from StudioEntity s where s.committee.id = :c order by s.name, s.id";
            case CATEGORY -> "select c.id, c.name from OpinionCategoryEntity c where c.committee.id = :c"
                    + " order by c.sortOrder, c.name, c.id";
            case GROUP -> "select g.id, g.name from GroupEntity g where g.committee.id = :c order by g.id";
            case SECTOR -> "select s.id, s.name from SectorEntity s where s.committee.id = :c order by s.sortOrder, s.id";
            case MEMBER -> "select m.id, m.name from MemberEntity m where m.committee.id = :c order by m.name, m.id";
            default -> throw new IllegalArgumentException(by + " is a part of the period");
        };
        return CommitteeEntity.getEntityManager().createQuery(hql, Object[].class).setParameter("c", committeeId)
                .getResultList();
    }

    /** A figure's value in another period, or null where that period has none (a median of nothing). */
    private static Long valueOf(FigureQuery.Answer answer) {
        return answer == null ? null : answer.value();
    }

    private Period days(ReportSummary.Period period) {
        return Period.of(period.from(), period.to(), clock.today());
    }

    /** The period just before, as long: the quarter, month or year before, or the same number of days. */
    ReportSummary.Period previous(ReportSummary.Period period, boolean dates, boolean quarter, boolean month) {
        LocalDate today = clock.today();
        if (dates) {
            long days = ChronoUnit.DAYS.between(period.from(), period.to());
            LocalDate to = period.from().minusDays(1);
            LocalDate from = to.minusDays(days);
            return new ReportSummary.Period(from, to, asOf(to, today), from + " 至 " + to);
        }
        LocalDate first = period.from().minusMonths(quarter ? 3 : month ? 1 : 12);
        return named(first, quarter, month, today);
    }

    /** The same period a year before. */
    ReportSummary.Period yearAgo(ReportSummary.Period period, boolean dates, boolean quarter, boolean month) {
        LocalDate today = clock.today();
        if (dates) {
            LocalDate from = period.from().minusYears(1);
            LocalDate to = period.to().minusYears(1);
            return new ReportSummary.Period(from, to, asOf(to, today), from + " 至 " + to);
        }
        return named(period.from().minusYears(1), quarter, month, today);
    }

    /** The quarter, month or year starting on {@code first}, with its Chinese name. */
    private static ReportSummary.Period named(LocalDate first, boolean quarter, boolean month, LocalDate today) {
        int y = first.getYear();
        if (quarter) {
            LocalDate last = first.plusMonths(3).minusDays(1);
            return new ReportSummary.Period(first, last, asOf(last, today),
                    y + "年第" + QUARTERS[(first.getMonthValue() - 1) / 3] + "季度");
        }
        if (month) {
            LocalDate last = first.plusMonths(1).minusDays(1);
            return new ReportSummary.Period(first, last, asOf(last, today), y + "年" + first.getMonthValue() + "月");
        }
        return new ReportSummary.Period(first, LocalDate.of(y, 12, 31), asOf(LocalDate.of(y, 12, 31), today), y + "年");
    }

    private CommitteeEntity committee(Long committeeId) {
        return CommitteeEntity.asked(callerContext.get(), committeeId, "报表");
    }

    /**
     * The period a preset names, as the year with its quarter or month it stands for by the office's today; the
     * parameters as given when there is no preset. A preset comes alone.
     */
    ReportPeriodParams resolved(ReportPeriodParams given) {
        if (given.preset == null) {
            return given;
        }
        new FieldChecks().check(given.from != null || given.to != null || given.year != null || given.quarter != null
                        || given.month != null, "preset",
                        "时期请用 preset，或用 from 和 to，或用 year（加 quarter 或 month），不能同时给出").done();
        LocalDate today = clock.today();
        LocalDate day = switch (given.preset) {
            case THIS_MONTH, THIS_QUARTER, THIS_YEAR -> today;
            case LAST_MONTH -> today.minusMonths(1);
            case LAST_QUARTER -> today.minusMonths(3);
            case LAST_YEAR -> today.minusYears(1);
        };
        ReportPeriodParams resolved = new ReportPeriodParams();
        resolved.year = day.getYear();
        switch (given.preset) {
            case THIS_MONTH, LAST_MONTH -> resolved.month = day.getMonthValue();
            case THIS_QUARTER, LAST_QUARTER -> resolved.quarter = (day.getMonthValue() - 1) / 3 + 1;
            default -> {
            }
        }
        return resolved;
    }

    /** from–to, or a year, its quarter or its month; this year when none is given. */
    ReportSummary.Period period(ReportPeriodParams asked) {
        LocalDate from = asked.from;
        LocalDate to = asked.to;
        Integer year = asked.year;
        Integer quarter = asked.quarter;
        Integer month = asked.month;
        boolean dates = from != null || to != null;
        new FieldChecks()
                .check(from != null && to == null, "to", "给出开始日期（from）时也须给出结束日期（to）")
                .check(to != null && from == null, "from", "给出结束日期（to）时也须给出开始日期（from）")
                .check(from != null && to != null && to.isBefore(from), "to", "结束日期 " + to + " 不能早于开始日期 " + from)
                .check(dates && year != null, "year", "时期请用 from 和 to，或用 year（加 quarter 或 month），不能同时给出")
                .check(quarter != null && year == null, "quarter", "给出季度（quarter）时须给出年度（year）")
                .check(month != null && year == null, "month", "给出月份（month）时须给出年度（year）")
                .check(quarter != null && month != null, "month", "季度（quarter）和月份（month）只能给出一个")
                .done();
        LocalDate today = clock.today();
        if (dates) {
            return new ReportSummary.Period(from, to, asOf(to, today), from + " 至 " + to);
        }
        int y = year == null ? today.getYear() : year;
        LocalDate first = LocalDate.of(y, quarter != null ? 3 * quarter - 2 : month != null ? month : 1, 1);
        return named(first, quarter != null, month != null, today);
    }

    private static LocalDate asOf(LocalDate last, LocalDate today) {
        return last.isAfter(today) ? today : last;
    }
}
