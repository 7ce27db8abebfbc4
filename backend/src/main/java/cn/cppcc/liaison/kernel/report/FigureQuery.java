package cn.cppcc.liaison.kernel.report;

import cn.cppcc.liaison.kernel.Participants;
import cn.cppcc.liaison.kernel.Period;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.LongStream;

/**
 * "What are your figures for this committee and period?", asked by the reports of every feature that keeps
 * records. Each feature observes it once and answers each of its figures through its own list, so the figure
 * is that list's {@code total} (or sum) for the filters it names as the drill-down, by construction.
 *
 * <p>A breakdown asks about all its rows at once ({@link #rows}): each feature counts them in one grouped question
 * with the same conditions as its list. The tests drill down every row of every breakdown, so the grouped questions
 * and the lists cannot drift apart.
 */
public final class FigureQuery {

    private final long committeeId;
    private final Period period;
    /** The periods the rows are, for a query over periods ({@link #periods}); null otherwise. */
    private final List<Period> periods;
    private final ReportSlice slice;
    /** The rows asked about: the slice's ids, or one null for the whole committee. */
    private final List<Long> ids;
    private final Map<Long, Map<ReportFigure, Answer>> answers = new LinkedHashMap<>();

    /** The whole committee's figures. */
    public FigureQuery(long committeeId, Period period) {
        this(committeeId, period, null, Collections.singletonList(null));
    }

    /**
     * One township's, platform's, studio's, category's, group's, sector's or member's figures: a feature answers
     * only the figures its lists can filter by {@code slice}, and names that filter in their drill-downs.
     */
    public FigureQuery(long committeeId, Period period, ReportSlice slice, Long sliceId) {
        this(committeeId, period, slice, Collections.singletonList(sliceId));
    }

    private FigureQuery(long committeeId, Period period, ReportSlice slice, List<Long> ids) {
        this(committeeId, period, null, slice, ids);
    }

    private FigureQuery(long committeeId, Period period, List<Period> periods, ReportSlice slice, List<Long> ids) {
        this.committeeId = committeeId;
        this.period = period;
        this.periods = periods;
        this.slice = slice;
        this.ids = ids;
        ids.forEach(id -> answers.put(id, new EnumMap<>(ReportFigure.class)));
    }

    /** The figures of each of {@code ids}, townships, groups… of {@code slice}, asked together. */
    public static FigureQuery rows(long committeeId, Period period, ReportSlice slice, List<Long> ids) {
        if (slice == null || ids.contains(null)) {
            throw new IllegalArgumentException("rows are ids of a slice");
        }
        return new FigureQuery(committeeId, period, slice, List.copyOf(ids));
    }

    /**
     * The whole committee's figures for each of several periods (a summary's period, the one before and a year
     * before; a year's months or quarters), asked together: the rows' ids are 0, 1… in the periods' order, and
     * each row's drill-downs name its own period's days. A feature answers them in one question per figure where
     * it can, or one period at a time through {@link #eachPeriod}.
     */
    public static FigureQuery periods(long committeeId, List<Period> periods) {
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("no periods");
        }
        return new FigureQuery(committeeId, null, List.copyOf(periods), null,
                LongStream.range(0, periods.size()).boxed().toList());
    }

    /** Whether the rows are periods of the whole committee ({@link #periods}). */
    public boolean overPeriods() {
        return periods != null;
    }

    /** The periods of a query over periods, in its rows' order. */
    public List<Period> periods() {
        if (periods == null) {
            throw new IllegalStateException("not a query over periods");
        }
        return periods;
    }

    /** The period of the row {@code id}: its own in a query over periods, else the query's. */
    public Period period(Long id) {
        return periods == null ? period : periods.get(id.intValue());
    }

    /** Answers a query over periods one period at a time, each asked as a query of its own. */
    public void eachPeriod(Consumer<FigureQuery> answer) {
        for (int i = 0; i < periods().size(); i++) {
            FigureQuery one = new FigureQuery(committeeId, periods.get(i));
            answer.accept(one);
            answers.get((long) i).putAll(one.answers());
        }
    }

    /** Whether the query is about the whole committee or one of {@code slices}: what a feature can answer. */
    public boolean answerable(ReportSlice... slices) {
        if (slice == null) {
            return true;
        }
        for (ReportSlice s : slices) {
            if (s == slice) {
                return true;
            }
        }
        return false;
    }

    /** Whether the query is about the whole committee, not one township, category, group… of it. */
    public boolean wholeCommittee() {
        return slice == null;
    }

    /** The slice the rows are of, or null for the whole committee. */
    public ReportSlice slice() {
        return slice;
    }

    /** The ids of the rows: the townships, groups… asked about, or one null for the whole committee. */
    public List<Long> ids() {
        return ids;
    }

    /** Whether the query asks about more than one row, and so has no single {@link #id}. */
    public boolean grouped() {
        return ids.size() > 1;
    }

    /** The id of the township, platform… the query is about when it is sliced by {@code by}, else null. */
    public Long id(ReportSlice by) {
        return slice == by ? single() : null;
    }

    private Long single() {
        if (grouped()) {
            throw new IllegalStateException("a query of " + ids.size() + " rows has no single id");
        }
        return ids.get(0);
    }

    /** Whether the query is about the records of a group's, a sector's or a member's members. */
    public boolean aboutParticipants() {
        return slice != null && slice.isParticipants();
    }

    /** The member, group or sector the query is about, as the lists filter who took part; anyone otherwise. */
    public Participants participants() {
        return new Participants(id(ReportSlice.MEMBER), id(ReportSlice.GROUP), id(ReportSlice.SECTOR));
    }

    /** A figure's value and the list that gives its records: {@code measure} is {@code total} or the sum's name. */
    public record Answer(long value, String operationId, Map<String, String> query, String measure) {
    }

    public long committeeId() {
        return committeeId;
    }

    /** The period: both days included; {@code asOf} judges what stands at its end (逾期, 在办). */
    public Period period() {
        if (periods != null) {
            throw new IllegalStateException("a query over periods has a period per row");
        }
        return period;
    }

    /** The drill-down's query: the committee and the period's two days, with {@code more} name–value pairs. */
    public Map<String, String> query(String... more) {
        return query(single(), more);
    }

    /** The drill-down's query of the row {@code id}: the committee, the period's two days, the slice and more. */
    public Map<String, String> query(Long id, String... more) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("committeeId", String.valueOf(committeeId));
        query.put("from", period(id).from().toString());
        query.put("to", period(id).to().toString());
        if (slice != null) {
            query.put(slice.parameter, String.valueOf(id));
        }
        for (int i = 0; i < more.length; i += 2) {
            query.put(more[i], more[i + 1]);
        }
        return query;
    }

    public void answer(ReportFigure figure, long value, String operationId, Map<String, String> query,
            String measure) {
        answer(single(), figure, value, operationId, query, measure);
    }

    /** Answers a figure of the row {@code id}. */
    public void answer(Long id, ReportFigure figure, long value, String operationId, Map<String, String> query,
            String measure) {
        Map<ReportFigure, Answer> row = answers.get(id);
        if (row == null) {
            throw new IllegalArgumentException("no row " + id + " was asked about");
        }
        row.put(figure, new Answer(value, operationId, Collections.unmodifiableMap(new LinkedHashMap<>(query)),
                measure));
    }

    /** The only row's answers. */
    public Map<ReportFigure, Answer> answers() {
        return answers.get(single());
    }

    /** The answers of the row {@code id}. */
    public Map<ReportFigure, Answer> answers(Long id) {
        return answers.get(id);
    }

    public LocalDate from() {
        return period().from();
    }

    public LocalDate to() {
        return period().to();
    }
}
