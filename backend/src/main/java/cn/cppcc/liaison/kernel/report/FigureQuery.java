package cn.cppcc.liaison.kernel.report;

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
    private final Map<ReportFigure, Answer> answers = new EnumMap<>(ReportFigure.class);

    public FigureQuery(long committeeId, Period period) {
        this.committeeId = committeeId;
        this.period = period;
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
