package cn.cppcc.liaison.opinion;

import cn.cppcc.liaison.kernel.Period;
import cn.cppcc.liaison.kernel.report.KeptMonths;
import cn.cppcc.liaison.kernel.report.ReportSlice;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * A whole committee's opinion figures for a period from {@code opinion_day} (V17): the counted opinions' events
 * per Beijing day, kept by a trigger in the same transaction as the opinions. A figure over a period is the sum of
 * its days, and 在办 and 逾期 at the period's end the sum of their daily changes up to it, so a year costs a few
 * hundred small rows whatever the number of opinions, and each figure is still the list's total with
 * {@code figure=}, which the tests compare it with.
 */
@ApplicationScoped
public class OpinionDays {

    private static final Logger LOG = Logger.getLogger(OpinionDays.class);

    @Inject
    EntityManager em;

    @Inject
    OpinionService opinions;

    /** The figures the days give: every {@link OpinionFigure} but 已办结待确认. */
    Map<OpinionFigure, Long> figures(long committeeId, Period period) {
        if (period.from() == null || period.to() == null) {
            throw new IllegalArgumentException("the days sum a period with both ends");
        }
        return figures(committeeId, List.of(period)).get(0);
    }

    /** {@link #figures} of each of the periods, in their order, in one statement. */
    List<Map<OpinionFigure, Long>> figures(long committeeId, List<Period> periods) {
        List<String> sums = new ArrayList<>();
        LocalDate last = null;
        for (int i = 0; i < periods.size(); i++) {
            String during = " filter (where day between :from" + i + " and :to" + i + "), 0)";
            for (String column : new String[] {"collected", "accepted", "forwarded", "adopted", "resolved"}) {
                sums.add("coalesce(sum(" + column + ")" + during);
            }
            sums.add("coalesce(sum(solved) filter (where day between :from" + i + " and :asOf" + i + "), 0)");
            sums.add("coalesce(sum(open_change) filter (where day <= :asOf" + i + "), 0)");
            sums.add("coalesce(sum(overdue_change) filter (where day <= :asOf" + i + "), 0)");
            Period period = periods.get(i);
            LocalDate end = period.to().isAfter(period.asOf()) ? period.to() : period.asOf();
            last = last == null || end.isAfter(last) ? end : last;
        }
        var query = em.createNativeQuery("select " + String.join(", ", sums)
                + " from opinion_day where committee_id = :committee and day <= :last")
                .setParameter("committee", committeeId).setParameter("last", last);
        for (int i = 0; i < periods.size(); i++) {
            query.setParameter("from" + i, periods.get(i).from()).setParameter("to" + i, periods.get(i).to())
                    .setParameter("asOf" + i, periods.get(i).asOf());
        }
        Object[] row = (Object[]) query.getSingleResult();
        List<Map<OpinionFigure, Long>> all = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            Map<OpinionFigure, Long> figures = new EnumMap<>(OpinionFigure.class);
            for (int f = 0; f < KEPT.length; f++) {
                figures.put(KEPT[f], ((Number) row[i * KEPT.length + f]).longValue());
            }
            all.add(figures);
        }
        return all;
    }

    /** {@link #solutionDays} of each of the periods, in their order, in one statement. */
    List<List<long[]>> solutionDays(long committeeId, List<Period> periods) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            values.add("(" + i + ", cast(:from" + i + " as date), cast(:asOf" + i + " as date))");
        }
        var query = em.createNativeQuery("select p.i, s.days, sum(s.opinions) from (values "
                + String.join(", ", values) + ") p (i, first, last) join opinion_solution_day s"
                + " on s.committee_id = :committee and s.day between p.first and p.last"
                + " group by p.i, s.days having sum(s.opinions) > 0 order by p.i, s.days")
                .setParameter("committee", committeeId);
        List<List<long[]>> all = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            query.setParameter("from" + i, periods.get(i).from()).setParameter("asOf" + i, periods.get(i).asOf());
            all.add(new ArrayList<>());
        }
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            all.get(((Number) columns[0]).intValue()).add(new long[] {((Number) columns[1]).longValue(),
                ((Number) columns[2]).longValue()});
        }
        return all;
    }

    /**
     * 办理时长 of the opinions solved in the period, as {@link OpinionService#daysToSolution} gives them but counted:
     * each number of days with how many took it, fewest days first.
     */
    List<long[]> solutionDays(long committeeId, Period period) {
        return solutionDays(committeeId, List.of(period)).get(0);
    }

    /** The figures the kept days give, in the order of {@code opinion_day}'s columns. */
    private static final OpinionFigure[] KEPT = {OpinionFigure.COLLECTED, OpinionFigure.ACCEPTED,
        OpinionFigure.FORWARDED, OpinionFigure.ADOPTED, OpinionFigure.RESOLVED, OpinionFigure.SOLVED,
        OpinionFigure.OPEN, OpinionFigure.OVERDUE};

    /**
     * {@link #figures} of each township, category, member, group or sector of {@code ids} ({@code slice}), from
     * {@code opinion_slice_month} (V26) for whole months and {@code opinion_slice_day} for the days around them: the
     * events of the period from its first to its last day, 已解决 to its asOf, 在办 and 逾期 every change up to its
     * asOf. Each is the list's total with {@code figure=} and the slice's filter: for a group, the opinions one or
     * more of whose submitters is of it, each once.
     */
    Map<Long, Map<OpinionFigure, Long>> sliceFigures(long committeeId, Period period, ReportSlice slice,
            List<Long> ids) {
        // Three spans of days: the period's events, its solutions up to asOf, and every change up to asOf, each read
        // off the months and the days around them.
        LocalDate asOf = period.asOf();
        List<String> spans = new ArrayList<>();
        Map<String, Object> bound = new HashMap<>();
        String kept = "k.committee_id = :committee and k.slice = :slice and k.slice_id in (:ids)";
        Object[][] three = {
            {"collected, accepted, forwarded, adopted, resolved, 0, 0, 0", period.from(), period.to()},
            {"0, 0, 0, 0, 0, solved, 0, 0", period.from(), asOf},
            {"0, 0, 0, 0, 0, 0, open_change, overdue_change", EARLIEST, asOf}};
        for (int i = 0; i < three.length; i++) {
            String columns = "slice_id, " + three[i][0];
            spans.addAll(KeptMonths.rows((LocalDate) three[i][1], (LocalDate) three[i][2], columns,
                    "opinion_slice_month", columns, "opinion_slice_day", kept, String.valueOf(i), bound));
        }
        Map<Long, Map<OpinionFigure, Long>> figures = new HashMap<>();
        for (Long id : ids) {
            Map<OpinionFigure, Long> none = new EnumMap<>(OpinionFigure.class);
            for (OpinionFigure figure : KEPT) {
                none.put(figure, 0L);
            }
            figures.put(id, none);
        }
        if (spans.isEmpty()) {
            return figures;
        }
        var query = em.createNativeQuery("select slice_id, sum(collected), sum(accepted), sum(forwarded),"
                + " sum(adopted), sum(resolved), sum(solved), sum(open_change), sum(overdue_change) from ("
                + String.join(" union all ", spans) + ") kept (slice_id, collected, accepted, forwarded, adopted,"
                + " resolved, solved, open_change, overdue_change) group by slice_id")
                .setParameter("committee", committeeId).setParameter("slice", slice.name())
                .setParameter("ids", ids);
        KeptMonths.bind(query, bound);
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            Map<OpinionFigure, Long> of = figures.get(((Number) columns[0]).longValue());
            for (int f = 0; f < KEPT.length; f++) {
                of.put(KEPT[f], ((Number) columns[f + 1]).longValue());
            }
        }
        return figures;
    }

    /** Before any opinion: where 在办 and 逾期 start counting their changes. */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /**
     * 办理时长 of each township's, category's, member's, group's or sector's opinions solved in the period, counted as
     * {@link #solutionDays} counts them, from {@code opinion_slice_solution} (V26).
     */
    Map<Long, List<long[]>> sliceSolutionDays(long committeeId, Period period, ReportSlice slice,
            List<Long> ids) {
        Map<Long, List<long[]>> solved = new HashMap<>();
        ids.forEach(id -> solved.put(id, new ArrayList<>()));
        var query = em.createNativeQuery("select slice_id, days, sum(opinions) from opinion_slice_solution"
                + " where committee_id = :committee and slice = :slice and day between :from and :asOf"
                + " and slice_id in (:ids) group by 1, 2 having sum(opinions) > 0 order by 1, 2")
                .setParameter("committee", committeeId).setParameter("slice", slice.name())
                .setParameter("from", period.from()).setParameter("asOf", period.asOf()).setParameter("ids", ids);
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            solved.get(((Number) columns[0]).longValue()).add(new long[] {((Number) columns[1]).longValue(),
                ((Number) columns[2]).longValue()});
        }
        return solved;
    }

    /**
     * 已解决 counts from the quiet days of the service's setting: the days kept under other quiet days are rebuilt
     * at start, before anyone reads them.
     */
    void onStart(@Observes StartupEvent event) {
        int quiet = opinions.confirmAfterDays();
        QuarkusTransaction.requiringNew().run(() -> {
            int changed = em.createNativeQuery("insert into opinion_day_setting (id, confirm_after_days)"
                    + " values (1, :quiet) on conflict (id) do update set confirm_after_days = excluded.confirm_after_days"
                    + " where opinion_day_setting.confirm_after_days <> excluded.confirm_after_days")
                    .setParameter("quiet", quiet).executeUpdate();
            if (changed > 0) {
                rebuild();
                LOG.infof("Rebuilt the opinions' daily figures for %d quiet days after a resolution", quiet);
            }
        });
    }

    /**
     * Runs a bulk load in the caller's transaction with the triggers that keep the figures off, then rebuilds the
     * figures once: row by row they would be kept through every one of the load's writes.
     */
    public void bulkLoad(Runnable load) {
        triggers("disable");
        load.run();
        em.flush();
        triggers("enable");
        rebuild();
    }

    private void triggers(String action) {
        for (String table : new String[] {"opinion", "opinion_member"}) {
            em.createNativeQuery("alter table " + table + " " + action + " trigger user").executeUpdate();
        }
    }

    /** The days again from the opinions themselves, as {@code make rollups} does. */
    void rebuild() {
        em.createNativeQuery("select count(*) from (select opinion_day_rebuild()) rebuilt").getSingleResult();
    }
}
