package cn.cppcc.liaison.report;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.FieldChecks;
import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.Period;
import cn.cppcc.liaison.kernel.report.FigureQuery;
import cn.cppcc.liaison.kernel.report.ReportFigure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reports: a committee's figures for a period, asked of every feature through {@link FigureQuery}. The report
 * counts nothing itself: each figure is its feature's list for the same filters, which the drill-down names.
 */
@ApplicationScoped
public class ReportService {

    private static final String[] QUARTERS = {"一", "二", "三", "四"};

    @Inject
    CallerContext callerContext;

    @Inject
    OfficeClock clock;

    @Inject
    Event<FigureQuery> figures;

    @Transactional
    public ReportSummary summary(Long committeeId, ReportPeriodParams asked) {
        ReportSummary.Period period = period(asked);
        CommitteeEntity committee = committee(committeeId);
        boolean dates = asked.from != null;
        ReportSummary.Period previous = previous(period, dates, asked.quarter != null, asked.month != null);
        ReportSummary.Period yearAgo = yearAgo(period, dates, asked.quarter != null, asked.month != null);
        Map<ReportFigure, FigureQuery.Answer> now = ask(committee, period);
        Map<ReportFigure, FigureQuery.Answer> before = ask(committee, previous);
        Map<ReportFigure, FigureQuery.Answer> lastYear = ask(committee, yearAgo);
        List<ReportSummary.Figure> answered = new ArrayList<>();
        now.forEach((figure, a) -> answered.add(new ReportSummary.Figure(figure, figure.label, figure.unit,
                figure.definition, a.value(), valueOf(before.get(figure)), valueOf(lastYear.get(figure)),
                new ReportSummary.DrillDown(a.operationId(), a.query(), a.measure()))));
        return new ReportSummary(committee.id, committee.name, period, previous, yearAgo,
                ReportText.of(period.label(), shortName(committee), null, now), answered);
    }

    @Transactional
    public ReportBreakdown breakdown(Long committeeId, ReportDimension by, ReportPeriodParams asked) {
        new FieldChecks().check(by == null, "by", "请给出按什么分项（by）：MONTH、QUARTER、TOWNSHIP、PLATFORM、STUDIO、CATEGORY")
                .done();
        ReportSummary.Period period = period(asked);
        CommitteeEntity committee = committee(committeeId);
        List<ReportBreakdown.Row> rows = new ArrayList<>();
        if (by.slice == null) {
            int months = by == ReportDimension.QUARTER ? 3 : 1;
            LocalDate start = period.from().withDayOfMonth(1);
            if (by == ReportDimension.QUARTER) {
                start = start.withMonth((start.getMonthValue() - 1) / 3 * 3 + 1);
            }
            for (LocalDate first = start; !first.isAfter(period.to()); first = first.plusMonths(months)) {
                ReportSummary.Period named = named(first, by == ReportDimension.QUARTER, by == ReportDimension.MONTH,
                        clock.today());
                LocalDate partFrom = first.isBefore(period.from()) ? period.from() : first;
                LocalDate partTo = named.to().isAfter(period.to()) ? period.to() : named.to();
                FigureQuery query = new FigureQuery(committee.id, Period.of(partFrom, partTo, clock.today()));
                figures.fire(query);
                rows.add(row(new ReportBreakdown.Slice(null, named.label(), partFrom, partTo), query,
                        ReportText.of(named.label(), shortName(committee), null, query.answers())));
            }
        } else {
            for (Object[] slice : slices(committee.id, by)) {
                FigureQuery query = new FigureQuery(committee.id, Period.of(period.from(), period.to(), clock.today()),
                        by.slice, (Long) slice[0]);
                figures.fire(query);
                rows.add(row(new ReportBreakdown.Slice((Long) slice[0], (String) slice[1], null, null), query,
                        ReportText.of(period.label(), (String) slice[1], by.slice, query.answers())));
            }
        }
        return new ReportBreakdown(committee.id, committee.name, by, period, rows);
    }

    private static ReportBreakdown.Row row(ReportBreakdown.Slice slice, FigureQuery query, String text) {
        List<ReportBreakdown.Figure> answered = new ArrayList<>();
        query.answers().forEach((figure, a) -> answered.add(new ReportBreakdown.Figure(figure, figure.label,
                figure.unit, a.value(), new ReportSummary.DrillDown(a.operationId(), a.query(), a.measure()))));
        return new ReportBreakdown.Row(slice, text, answered);
    }

    /** How the articles name a committee: "岳塘区政协" for 政协湘潭市岳塘区第五届委员会. */
    private static String shortName(CommitteeEntity committee) {
        return committee.region == null || committee.region.isBlank() ? committee.name : committee.region + "政协";
    }

    /** The committee's townships, platforms, studios or opinion categories: ids and names, in the lists' order. */
    private static List<Object[]> slices(long committeeId, ReportDimension by) {
        String hql = switch (by) {
            case TOWNSHIP -> "select t.id, t.name from TownshipEntity t where t.committee.id = :c order by t.name, t.id";
            case PLATFORM -> "select p.id, p.name from PlatformEntity p where p.committee.id = :c order by p.name, p.id";
            case STUDIO -> "select s.id, s.name from StudioEntity s where s.committee.id = :c order by s.name, s.id";
            case CATEGORY -> "select c.id, c.name from OpinionCategoryEntity c where c.committee.id = :c"
                    + " order by c.sortOrder, c.name, c.id";
            default -> throw new IllegalArgumentException(by + " is a part of the period");
        };
        return CommitteeEntity.getEntityManager().createQuery(hql, Object[].class).setParameter("c", committeeId)
                .getResultList();
    }

    /** A figure's value in another period, or null where that period has none (a median of nothing). */
    private static Long valueOf(FigureQuery.Answer answer) {
        return answer == null ? null : answer.value();
    }

    private Map<ReportFigure, FigureQuery.Answer> ask(CommitteeEntity committee, ReportSummary.Period period) {
        FigureQuery query = new FigureQuery(committee.id, Period.of(period.from(), period.to(), clock.today()));
        figures.fire(query);
        return query.answers();
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
