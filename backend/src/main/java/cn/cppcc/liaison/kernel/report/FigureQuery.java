package cn.cppcc.liaison.kernel.report;

import cn.cppcc.liaison.kernel.Participants;
import cn.cppcc.liaison.kernel.Period;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * "What are your figures for this committee and period?", asked by the reports of every feature that keeps
 * records. Each feature observes it once and answers each of its figures through its own list, so the figure
 * is that list's {@code total} (or sum) for the filters it names as the drill-down, by construction.
 */
public final class FigureQuery {

    private final long committeeId;
    private final Period period;
    private final ReportSlice slice;
    private final Long sliceId;
    private final Map<ReportFigure, Answer> answers = new EnumMap<>(ReportFigure.class);

    /** The whole committee's figures. */
    public FigureQuery(long committeeId, Period period) {
        this(committeeId, period, null, null);
    }

    /**
     * One township's, platform's, studio's, category's, group's, sector's or member's figures: a feature answers
     * only the figures its lists can filter by {@code slice}, and names that filter in their drill-downs.
     */
    public FigureQuery(long committeeId, Period period, ReportSlice slice, Long sliceId) {
        this.committeeId = committeeId;
        this.period = period;
        this.slice = slice;
        this.sliceId = sliceId;
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

    /** The id of the township, platform… the query is about when it is sliced by {@code by}, else null. */
    public Long id(ReportSlice by) {
        return slice == by ? sliceId : null;
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
        return period;
    }

    /** The drill-down's query: the committee and the period's two days, with {@code more} name–value pairs. */
    public Map<String, String> query(String... more) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("committeeId", String.valueOf(committeeId));
        query.put("from", period.from().toString());
        query.put("to", period.to().toString());
        if (slice != null) {
            query.put(slice.parameter, String.valueOf(sliceId));
        }
        for (int i = 0; i < more.length; i += 2) {
            query.put(more[i], more[i + 1]);
        }
        return query;
    }

    public void answer(ReportFigure figure, long value, String operationId, Map<String, String> query,
            String measure) {
        answers.put(figure, new Answer(value, operationId, Collections.unmodifiableMap(new LinkedHashMap<>(query)),
                measure));
    }

    public Map<ReportFigure, Answer> answers() {
        return answers;
    }

    public LocalDate from() {
        return period.from();
    }

    public LocalDate to() {
        return period.to();
    }
}
