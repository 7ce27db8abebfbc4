package cn.cppcc.liaison.kernel.report;

import jakarta.persistence.EntityManager;

/**
 * Plans a transaction's statements for the values they are given. The driver prepares a statement on the server once
 * it has run five times, and PostgreSQL may then keep one generic plan for any values: for a date range or a
 * committee it guesses a handful of rows, and a report's year over 4,000 members became nested loops over a thousand
 * proposals each (67 ms where the plan for the values takes 2). Reports and the evaluation read many rows per
 * statement, so planning each time (a fraction of a millisecond) costs far less than one such guess.
 */
public final class CustomPlans {

    private CustomPlans() {
    }

    /** Plans every statement of the current transaction for its values; the transaction's end undoes it. */
    public static void forThisTransaction(EntityManager em) {
        em.createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', true)").getSingleResult();
    }

    /**
     * Plans as {@link #forThisTransaction}, each statement in one process: a report's statements read kept rows, a few
     * thousand at most, and starting two parallel workers for one of them took longer than its rows (a year by month
     * summed its visits' month rows in 15 ms with workers, 7 without).
     */
    public static void forThisReport(EntityManager em) {
        em.createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', true),"
                + " set_config('max_parallel_workers_per_gather', '0', true)").getSingleResult();
    }
}
