package cn.cppcc.liaison.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * Runs work that no request asked for (the first administrator, the demo committees) as a named system actor,
 * so the audit trail says who made the change and no anonymous caller is ever taken for the system.
 */
@ApplicationScoped
public class SystemActor {

    @Inject
    CallerContext caller;

    @ActivateRequestContext
    public <T> T call(String actor, Supplier<T> work) {
        caller.actAs(Caller.system(actor));
        try {
            return work.get();
        } finally {
            caller.actAs(null);
        }
    }

    @ActivateRequestContext
    public void run(String actor, Runnable work) {
        call(actor, () -> {
            work.run();
            return null;
        });
    }
}
