package cn.cppcc.liaison.security;

import cn.cppcc.liaison.kernel.AppConfig;
import cn.cppcc.liaison.kernel.SystemActor;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** A new deployment gets its first administrator from ADMIN_USERNAME and ADMIN_PASSWORD. */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class);

    @Inject
    SecurityConfig config;

    @Inject
    AccountService accounts;

    @Inject
    AppConfig app;

    @Inject
    SystemActor systemActor;

    void onStart(@Observes @Priority(10) StartupEvent event) {
        String username = config.adminUsername().filter(u -> !u.isBlank()).orElse(null);
        String password = config.adminPassword().filter(p -> !p.isBlank()).orElse(null);
        if (username == null || password == null) {
            // The demo data brings its own accounts; otherwise nobody could sign in.
            if (!app.demoData() && accounts.noAccountYet()) {
                LOG.warn("No account exists: set ADMIN_USERNAME and ADMIN_PASSWORD to create the first administrator");
            }
            return;
        }
        if (systemActor.call("system", () -> accounts.createFirstAdministrator(username, password))) {
            LOG.infof("Created the first administrator %s", username);
        }
    }
}
