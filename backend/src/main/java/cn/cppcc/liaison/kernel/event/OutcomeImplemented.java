package cn.cppcc.liaison.kernel.event;

import java.time.LocalDate;
import java.util.List;

/**
 * A consultation outcome was implemented (落实) on a date with its evidence; the opinions it answers are resolved
 * by the opinion feature in the same transaction, so either both change or neither does.
 */
public record OutcomeImplemented(long outcomeId, List<Long> opinionIds, LocalDate implementedOn, String evidence,
        String note) {
}
