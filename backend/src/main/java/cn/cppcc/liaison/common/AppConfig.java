package cn.cppcc.liaison.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The application's own settings, under {@code cppcc.} in application.properties. */
@ConfigMapping(prefix = "cppcc")
public interface AppConfig {

    /** Load the demo committees at startup when the database holds no committee yet. */
    @WithDefault("false")
    boolean demoData();
}
