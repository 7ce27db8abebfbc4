package cn.cppcc.liaison.consultation;

import cn.cppcc.liaison.kernel.OfficeClock;
import java.time.LocalDate;

/** Whether a platform held its consultation in a quarter (一季一协商), judged on the day of asking. */
public enum QuarterState {
    HELD,
    MISSED,
    DUE,
    UPCOMING;

    static QuarterState of(int year, int quarter, LocalDate today, boolean held) {
        if (held) {
            return HELD;
        }
        int current = OfficeClock.quarterOf(today);
        int position = Integer.compare(year * 4 + quarter, today.getYear() * 4 + current);
        return position < 0 ? MISSED : position == 0 ? DUE : UPCOMING;
    }
}
