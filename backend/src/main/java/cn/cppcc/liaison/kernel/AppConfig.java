package cn.cppcc.liaison.kernel;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.util.Optional;

/** The application's own settings, under {@code cppcc.} in application.properties. */
@ConfigMapping(prefix = "cppcc")
public interface AppConfig {

    /** Load the demo committees at startup when the database holds no committee yet. */
    @WithDefault("false")
    boolean demoData();

    ClockSettings clock();

    /** The office clock: the real Beijing date unless a test or a demonstration names another. */
    interface ClockSettings {

        /** The date the service starts on; the time of day runs on from the real one. */
        Optional<LocalDate> date();

        /** A packaged service refuses {@link #date()} unless this says the shift is meant. */
        @WithDefault("false")
        boolean allowFixedDate();

        /** Backend tests move the clock between cases; never in a packaged service. */
        @WithDefault("false")
        boolean adjustable();
    }
}
