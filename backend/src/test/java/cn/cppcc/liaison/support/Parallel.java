package cn.cppcc.liaison.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Requests sent at the same moment, one thread each, to prove that a rule holds for racing requests too. */
public final class Parallel {

    private Parallel() {
    }

    /** Longer than any request takes, short enough that a request that never ends fails its test instead of CI. */
    private static final long PATIENCE_SECONDS = 120;

    /** Runs every call at once (they wait on one start signal) and returns their answers in the calls' order. */
    public static <T> List<T> run(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    answers.add(futures.get(i).get(PATIENCE_SECONDS, TimeUnit.SECONDS));
                } catch (TimeoutException e) {
                    throw new AssertionError("call " + i + " of " + calls.size() + " had no answer after "
                            + PATIENCE_SECONDS + " s", e);
                }
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
