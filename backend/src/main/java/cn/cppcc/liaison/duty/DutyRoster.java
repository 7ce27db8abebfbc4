package cn.cppcc.liaison.duty;

import java.time.YearMonth;
import java.util.List;

/** A platform's year of duty turns: the months already scheduled, and the plan for the rest. */
public record DutyRoster(long platformId, String platformName, int year, boolean saved, int created, int candidates,
        List<Month> months) {

    /** One month: the turn already scheduled ({@code turnId} set) or the member the plan proposes. */
    public record Month(YearMonth month, Long turnId, long memberId, String memberName, boolean planned) {
    }
}
