package cn.cppcc.liaison.kernel;

import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The office's clock, in Beijing time: the one source of "now", "today", "this month" and "this quarter".
 * A demonstration or a browser test may start the service on another date ({@code cppcc.clock.date}); the
 * clock then starts at 09:00 that day and runs on, so a run of tests never crosses midnight. Backend tests
 * move it the same way with {@link #setToday}.
 */
@ApplicationScoped
public class OfficeClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The time of day a shifted clock starts at: office hours, far from midnight. */
    private static final LocalTime OPENING = LocalTime.of(9, 0);

    private final boolean adjustable;
    private final Clock base;
    private volatile Clock clock;

    @Inject
    public OfficeClock(AppConfig config) {
        this(config.clock(), LaunchMode.current());
    }

    OfficeClock(AppConfig.ClockSettings settings, LaunchMode mode) {
        this.adjustable = settings.adjustable() && mode != LaunchMode.NORMAL;
        this.base = Clock.system(ZONE);
        if (settings.date().isPresent() && mode == LaunchMode.NORMAL && !settings.allowFixedDate()) {
            throw new IllegalStateException("cppcc.clock.date (CPPCC_CLOCK_DATE) is meant for tests and demonstrations;"
                    + " set cppcc.clock.allow-fixed-date=true (CPPCC_CLOCK_ALLOW_FIXED_DATE) as well to run on it");
        }
        this.clock = settings.date().map(this::startingOn).orElse(base);
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public YearMonth month() {
        return YearMonth.now(clock);
    }

    public int year() {
        return today().getYear();
    }

    /** The quarter (1–4) today falls in. */
    public int quarter() {
        return quarterOf(today());
    }

    /** The quarter (1–4) a day falls in: 一季一协商 and the clock's reading judge quarters alike. */
    public static int quarterOf(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }

    /** The first day of the quarter a day falls in. */
    public static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), (quarterOf(day) - 1) * 3 + 1, 1);
    }

    /** Whether the service runs on a date other than the real one. */
    public boolean shifted() {
        return clock != base;
    }

    /** Tests only: moves the office to 09:00 of this day, the clock running on from there. */
    public void setToday(LocalDate day) {
        requireAdjustable();
        clock = startingOn(day);
    }

    /** Tests only: the clock reads this moment now and runs on from there. */
    public void runFrom(Instant instant) {
        requireAdjustable();
        clock = Clock.offset(base, Duration.between(base.instant(), instant));
    }

    /** Tests only: stops the clock at this moment. */
    public void setNow(Instant instant) {
        requireAdjustable();
        clock = Clock.fixed(instant, ZONE);
    }

    /** Tests only: back to the real date. */
    public void reset() {
        requireAdjustable();
        clock = base;
    }

    private Clock startingOn(LocalDate day) {
        return Clock.offset(base, Duration.between(base.instant(), day.atTime(OPENING).atZone(ZONE).toInstant()));
    }

    private void requireAdjustable() {
        if (!adjustable) {
            throw new IllegalStateException("the office clock is adjustable in tests only (cppcc.clock.adjustable)");
        }
    }
}
