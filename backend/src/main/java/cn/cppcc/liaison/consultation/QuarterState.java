package cn.cppcc.liaison.consultation;

import cn.cppcc.liaison.kernel.OfficeClock;
import java.time.LocalDate;

/** Whether a platform held its consultation in a quarter (一季一协商), judged on the day of asking. */
public enum QuarterState {
    HELD("已开展"),
    MISSED("季度已过未开展"),
    DUE("本季度尚未开展"),
    UPCOMING("尚未到来");

    public final String label;

    QuarterState(String label) {
        this.label = label;
    }

    static QuarterState of(int year, int quarter, LocalDate today, boolean held) {
        if (held) {
            return HELD;
        }
        int current = OfficeClock.quarterOf(today);
        int position = Integer.compare(year * 4 + quarter, today.getYear() * 4 + current);
        return position < 0 ? MISSED : position == 0 ? DUE : UPCOMING;
    }
}
