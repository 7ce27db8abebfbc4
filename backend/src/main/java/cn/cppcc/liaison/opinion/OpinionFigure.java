package cn.cppcc.liaison.opinion;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.Period;
import cn.cppcc.liaison.kernel.Predicate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures counted of opinions, each defined once as DOMAIN.md defines it: the event that happened in the
 * period, not the records created in it. The list ({@code figure=}), its export and the summary all count
 * through {@link #in}, so a figure always equals the total of its list for the same filters.
 */
public enum OpinionFigure {
    /** 收集社情民意: collected in the period, once submitted; drafts and merged duplicates do not count. */
    COLLECTED,
    /** 采用: accepted by the office in the period. */
    ACCEPTED,
    /** 报送上级: forwarded to the parent committee in the period. */
    FORWARDED,
    /** 被上级采用: adopted by the parent committee in the period. */
    ADOPTED,
    /** 办结: resolved by the handling unit on a day in the period, and still resolved. */
    RESOLVED,
    /**
     * 已解决: the public confirmed the solution (满意 / 基本满意) in the period, or the quiet period after the
     * resolution ended in it; the quiet period runs from the day the resolution was entered, whatever its date.
     */
    SOLVED,
    /** 已办结待确认: resolved, its quiet period still running at the period's end. */
    AWAITING_CONFIRMATION,
    /** 逾期: past the due date and not resolved at the period's end (today for the current period). */
    OVERDUE,
    /** 在办: submitted and not yet resolved at the period's end, wherever it stands (to accept, assigned, in hand). */
    OPEN;

    static final Set<OpinionStatus> COUNTED = OpinionStatus.COLLECTED;
    static final Set<OpinionFeedback> CONFIRMING = EnumSet.of(OpinionFeedback.SATISFIED,
            OpinionFeedback.BASICALLY_SATISFIED);

    /** The condition that an opinion counts in this figure for the period; parameter names are this figure's own. */
    public Predicate in(Period period, int confirmAfterDays) {
        return in(period, confirmAfterDays, "f" + ordinal());
    }

    /** The same, its parameters named with {@code prefix}, so one query can hold the figure at two dates. */
    public Predicate in(Period period, int confirmAfterDays, String prefix) {
        Predicate event = event(period, confirmAfterDays, prefix);
        Map<String, Object> parameters = new HashMap<>(event.parameters());
        parameters.put(prefix + "counted", COUNTED);
        return new Predicate("(status in :" + prefix + "counted and " + event.condition() + ")", parameters);
    }

    /**
     * What happened in the period, for an opinion already known to count (submitted, not merged away): a query
     * that counts several figures over the counted opinions names {@link #COUNTED} once in its own condition.
     */
    public Predicate event(Period period, int confirmAfterDays, String prefix) {
        String p = prefix;
        Map<String, Object> parameters = new HashMap<>();
        List<String> all = new ArrayList<>();
        LocalDate from = period.from();
        LocalDate asOf = period.asOf();
        int days = confirmAfterDays;
        switch (this) {
            case COLLECTED -> between(all, parameters, p, "collectedOn", from, period.to());
            case ACCEPTED -> {
                all.add("acceptedOn is not null");
                between(all, parameters, p, "acceptedOn", from, period.to());
            }
            case FORWARDED -> {
                all.add("forwardedAt is not null");
                between(all, parameters, p, "forwardedAt", start(from), start(period.to() == null ? null
                        : period.to().plusDays(1)));
            }
            case ADOPTED -> {
                all.add("adoptedAt is not null");
                between(all, parameters, p, "adoptedAt", start(from), start(period.to() == null ? null
                        : period.to().plusDays(1)));
            }
            case RESOLVED -> {
                all.add("status in :" + p + "done");
                parameters.put(p + "done", EnumSet.of(OpinionStatus.RESOLVED, OpinionStatus.CLOSED));
                between(all, parameters, p, "resolvedOn", from, period.to());
            }
            case SOLVED -> {
                // Solved on min(the day of the confirming feedback, the day entered + the quiet days), never after asOf.
                String quiet = "(status = :" + p + "resolved and resolutionEnteredOn <= :" + p + "quietBy"
                        + (from == null ? "" : " and resolutionEnteredOn >= :" + p + "quietFrom") + ")";
                String confirmed = "(status = :" + p + "closed and feedback in :" + p + "confirming"
                        + " and (closedOn <= :" + p + "asOf or resolutionEnteredOn <= :" + p + "quietBy)"
                        + (from == null ? "" : " and closedOn >= :" + p + "from"
                        + " and resolutionEnteredOn >= :" + p + "quietFrom") + ")";
                all.add("(" + quiet + " or " + confirmed + ")");
                parameters.put(p + "resolved", OpinionStatus.RESOLVED);
                parameters.put(p + "closed", OpinionStatus.CLOSED);
                parameters.put(p + "confirming", CONFIRMING);
                parameters.put(p + "asOf", asOf);
                parameters.put(p + "quietBy", asOf.minusDays(days));
                if (from != null) {
                    parameters.put(p + "from", from);
                    parameters.put(p + "quietFrom", from.minusDays(days));
                }
            }
            case AWAITING_CONFIRMATION -> {
                all.add("status = :" + p + "resolved and resolutionEnteredOn > :" + p + "quietBy"
                        + " and resolutionEnteredOn <= :" + p + "asOf");
                parameters.put(p + "resolved", OpinionStatus.RESOLVED);
                parameters.put(p + "quietBy", asOf.minusDays(days));
                parameters.put(p + "asOf", asOf);
            }
            case OVERDUE -> {
                all.add("dueDate < :" + p + "asOf and (status in :" + p + "handled"
                        + " or (status in :" + p + "done and resolvedOn > :" + p + "asOf))");
                parameters.put(p + "asOf", asOf);
                parameters.put(p + "handled", OpinionStatus.BEING_HANDLED);
                parameters.put(p + "done", EnumSet.of(OpinionStatus.RESOLVED, OpinionStatus.CLOSED));
            }
            case OPEN -> {
                all.add("collectedOn <= :" + p + "asOf and (status in :" + p + "open"
                        + " or (status in :" + p + "done and resolvedOn > :" + p + "asOf))");
                parameters.put(p + "asOf", asOf);
                parameters.put(p + "open", EnumSet.of(OpinionStatus.SUBMITTED, OpinionStatus.ACCEPTED,
                        OpinionStatus.ASSIGNED, OpinionStatus.IN_PROGRESS));
                parameters.put(p + "done", EnumSet.of(OpinionStatus.RESOLVED, OpinionStatus.CLOSED));
            }
        }
        return new Predicate(all.isEmpty() ? "(1 = 1)" : "(" + String.join(" and ", all) + ")", parameters);
    }

    /** The day an opinion counts as solved, or null while it is not; the same rule as {@link #SOLVED}. */
    static LocalDate solvedOn(OpinionEntity o, int confirmAfterDays) {
        return solvedOn(o.status, o.feedback, o.closedOn, o.resolutionEnteredOn, confirmAfterDays);
    }

    /** The same from the columns alone, for a query that reads them without loading the opinion. */
    static LocalDate solvedOn(OpinionStatus status, OpinionFeedback feedback, LocalDate closedOn,
            LocalDate resolutionEnteredOn, int confirmAfterDays) {
        LocalDate quietEnds = resolutionEnteredOn == null ? null : resolutionEnteredOn.plusDays(confirmAfterDays);
        if (status == OpinionStatus.RESOLVED) {
            return quietEnds;
        }
        if (status == OpinionStatus.CLOSED && feedback != null && CONFIRMING.contains(feedback) && closedOn != null) {
            return quietEnds != null && quietEnds.isBefore(closedOn) ? quietEnds : closedOn;
        }
        return null;
    }

    private static <T> void between(List<String> all, Map<String, Object> parameters, String p, String property,
            T from, T until) {
        if (from != null) {
            all.add(property + " >= :" + p + "lo");
            parameters.put(p + "lo", from);
        }
        if (until != null) {
            all.add(property + (until instanceof Instant ? " < :" : " <= :") + p + "hi");
            parameters.put(p + "hi", until);
        }
    }

    private static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(OfficeClock.ZONE).toInstant();
    }
}
