package cn.cppcc.liaison.opinion;

import java.util.List;
import java.util.Map;

/** The counts every report quotes; "solved" is the confirmed count, never merely resolved. */
public record OpinionSummary(long collected, Map<OpinionStatus, Long> byStatus, long solved, long awaitingConfirmation,
        long overdue, long forwarded, long adopted, long accepted, long resolved, long open, int confirmAfterDays,
        List<Category> byCategory) {

    public record Category(long categoryId, String name, long collected, long solved) {
    }
}
