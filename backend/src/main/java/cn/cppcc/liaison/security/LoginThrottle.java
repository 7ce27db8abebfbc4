package cn.cppcc.liaison.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Slows password guessing: after too many wrong passwords in a row a username is refused for a while,
 * longer with every lockout. Unknown usernames are counted the same way, so the answer says nothing
 * about which accounts exist. Kept per instance, in memory.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class);
    private static final Duration MAX_LOCKOUT = Duration.ofHours(24);
    /** Bounds the memory an attacker can make us spend on made-up usernames. */
    private static final int MAX_TRACKED = 100_000;

    @Inject
    SecurityConfig config;

    private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();

    /** Seconds until the username may try again, or 0 when it may try now. */
    public long secondsLocked(String username, Instant now) {
        Attempts state = attempts.get(key(username));
        if (state == null || state.lockedUntil == null || !state.lockedUntil.isAfter(now)) {
            return 0;
        }
        return Math.max(1, (Duration.between(now, state.lockedUntil).toMillis() + 999) / 1000);
    }

    public void failed(String username, String from, Instant now) {
        if (attempts.size() >= MAX_TRACKED) {
            attempts.values().removeIf(a -> a.lockedUntil == null || a.lockedUntil.isBefore(now));
        }
        Attempts state = attempts.computeIfAbsent(key(username), k -> new Attempts());
        synchronized (state) {
            state.failures++;
            LOG.warnf("Wrong password for %s from %s (%d in a row)", username, from, state.failures);
            if (state.failures >= config.maxFailedLogins()) {
                Duration lockout = config.loginLockout().multipliedBy(1L << Math.min(state.lockouts, 16));
                if (lockout.compareTo(MAX_LOCKOUT) > 0) {
                    lockout = MAX_LOCKOUT;
                }
                state.lockedUntil = now.plus(lockout);
                state.lockouts++;
                state.failures = 0;
                LOG.warnf("Sign-in for %s refused for %s after %d wrong passwords", username, lockout,
                        config.maxFailedLogins());
            }
        }
    }

    public void succeeded(String username) {
        attempts.remove(key(username));
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private static final class Attempts {
        int failures;
        int lockouts;
        Instant lockedUntil;
    }
}
