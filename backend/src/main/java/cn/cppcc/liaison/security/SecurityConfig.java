package cn.cppcc.liaison.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Sign-in, tokens and the first administrator, under {@code cppcc.security.} in application.properties. */
@ConfigMapping(prefix = "cppcc.security")
public interface SecurityConfig {

    /** How long a signed-in session's token is valid. */
    @WithDefault("PT2H")
    Duration tokenLifetime();

    /** bcrypt cost factor of new password hashes (2^cost rounds). */
    @WithDefault("10")
    int bcryptCost();

    /** The token signing key as PKCS#8 PEM text (RSA); when absent the key file is used. */
    Optional<String> signingKey();

    /** Where the generated signing key is kept when no key is configured; created on first start. */
    Optional<String> signingKeyFile();

    /** Wrong passwords in a row before an account's sign-in is refused for a while. */
    @WithDefault("5")
    int maxFailedLogins();

    /** How long sign-in is refused after too many wrong passwords; doubles with every further lockout. */
    @WithDefault("PT5M")
    Duration loginLockout();

    /** The first administrator, created at start when no account exists (ADMIN_USERNAME / ADMIN_PASSWORD). */
    Optional<String> adminUsername();

    Optional<String> adminPassword();
}
