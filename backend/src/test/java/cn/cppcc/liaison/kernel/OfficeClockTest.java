package cn.cppcc.liaison.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.LaunchMode;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The office clock's settings: a fixed date is for tests and demonstrations, and a packaged service must be told. */
class OfficeClockTest {

    private static AppConfig.ClockSettings settings(LocalDate date, boolean allow, boolean adjustable) {
        return new AppConfig.ClockSettings() {
            @Override
            public Optional<LocalDate> date() {
                return Optional.ofNullable(date);
            }

            @Override
            public boolean allowFixedDate() {
                return allow;
            }

            @Override
            public boolean adjustable() {
                return adjustable;
            }
        };
    }

    @Test
    void aPackagedServiceRefusesAFixedDateUnlessItIsMeant() {
        LocalDate quarterEnd = LocalDate.of(2026, 3, 31);
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new OfficeClock(settings(quarterEnd, false, false), LaunchMode.NORMAL));
        assertTrue(refused.getMessage().contains("CPPCC_CLOCK_ALLOW_FIXED_DATE"));
        OfficeClock meant = new OfficeClock(settings(quarterEnd, true, false), LaunchMode.NORMAL);
        assertEquals(quarterEnd, meant.today());
        assertEquals(1, meant.quarter());
        assertTrue(meant.shifted());
    }

    @Test
    void aPackagedServiceNeverLetsTheClockBeMoved() {
        OfficeClock real = new OfficeClock(settings(null, false, true), LaunchMode.NORMAL);
        assertFalse(real.shifted());
        assertThrows(IllegalStateException.class, () -> real.setToday(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void testsMoveTheClockToAQuartersLastDayNewYearsEveAndALeapDay() {
        OfficeClock clock = new OfficeClock(settings(null, false, true), LaunchMode.TEST);
        clock.setToday(LocalDate.of(2026, 9, 30));
        assertEquals(3, clock.quarter());
        clock.setToday(LocalDate.of(2026, 12, 31));
        assertEquals(4, clock.quarter());
        assertEquals(2026, clock.year());
        clock.setToday(LocalDate.of(2028, 2, 29));
        assertEquals(LocalDate.of(2028, 2, 29), clock.today());
        assertEquals(1, clock.quarter());
        clock.reset();
        assertFalse(clock.shifted());
    }
}
