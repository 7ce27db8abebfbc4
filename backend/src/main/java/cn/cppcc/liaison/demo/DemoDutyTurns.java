package cn.cppcc.liaison.demo;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.duty.DutyTurnEntity;
import cn.cppcc.liaison.duty.DutyTurnService;
import cn.cppcc.liaison.duty.DutyTurnStatus;
import cn.cppcc.liaison.duty.RosterRequest;
import cn.cppcc.liaison.member.MemberService;
import cn.cppcc.liaison.platform.PlatformEntity;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;

/**
 * This year's duty roster at every demo platform (一月一轮值), planned by the service itself; the months
 * gone by are recorded as the articles tell it (policy explained, opinions collected), with the odd
 * missed month and a few left unrecorded for the office's overdue list.
 */
final class DemoDutyTurns {

    private static final List<String> DONE_NOTES = List.of(
            "在“协骊”联合体宣讲惠农补贴政策，收集村民反映的排水沟、窗户漏风等问题",
            "入户走访收集社情民意，讲解医保参保政策",
            "组织民情恳谈会，围绕发展村级产业项目听取村民意见",
            "到村卫生室和助老餐厅了解群众诉求",
            "宣讲优化营商环境政策，听取个体工商户意见");
    private static final List<String> MISSED_REASONS = List.of("外出参加培训", "因病请假", "单位临时任务");

    private final DutyTurnService duty;
    private final Random random;

    DemoDutyTurns(DutyTurnService duty, long seed) {
        this.duty = duty;
        this.random = new Random(seed);
    }

    void forCommittee(CommitteeEntity committee) {
        YearMonth current = duty.currentMonth();
        for (PlatformEntity platform : PlatformEntity.<PlatformEntity>list("committee = ?1 order by id", committee)) {
            if (duty.roster(new RosterRequest(platform.id, current.getYear(), true)).created() == 0) {
                continue;
            }
            for (DutyTurnEntity turn : DutyTurnEntity.<DutyTurnEntity>list(
                    "platform = ?1 and month < ?2 order by month", platform, current.atDay(1))) {
                record(turn);
            }
        }
    }

    private void record(DutyTurnEntity turn) {
        int roll = random.nextInt(100);
        if (roll < 6) {
            return; // left unrecorded: overdue
        }
        LocalDate day = turn.month.plusDays(20 + random.nextInt(7));
        turn.recordedAt = day.atTime(16, 30).atZone(OfficeClock.ZONE).toInstant();
        turn.recordedBy = "system";
        if (roll < 14) {
            turn.status = DutyTurnStatus.MISSED;
            turn.missedReason = MISSED_REASONS.get(random.nextInt(MISSED_REASONS.size()));
            return;
        }
        turn.status = DutyTurnStatus.DONE;
        turn.policyExplained = random.nextInt(10) < 8;
        turn.opinionsCollected = random.nextInt(5);
        turn.eventsHeld = 1 + random.nextInt(2);
        turn.peopleReached = 10 + random.nextInt(60);
        turn.note = DONE_NOTES.get(random.nextInt(DONE_NOTES.size()));
    }
}
