package cn.cppcc.liaison.demo;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.duty.DutyTurnEntity;
import cn.cppcc.liaison.duty.DutyTurnService;
import cn.cppcc.liaison.duty.DutyTurnStatus;
import cn.cppcc.liaison.duty.RosterRequest;
import cn.cppcc.liaison.member.MemberEntity;
import cn.cppcc.liaison.member.MemberStatus;
import cn.cppcc.liaison.platform.PlatformEntity;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Last year's and this year's duty rosters at every demo platform (一月一轮值), planned by the service itself, last
 * year's first so this year's continues where it stopped; a member added mid-term takes no turn before joining. Every
 * month gone by is recorded as the articles tell it (policy explained, opinions collected), with the odd missed
 * month; the 挂牌委员 and the members doing very little miss theirs. Of the month just ended, if it is this year's,
 * one turn (the last platform's) is still unrecorded for the office's overdue list; of this month, the turns whose day has come are
 * recorded already: on any day after the first, one done and one missed (a member who has asked for leave).
 */
final class DemoDutyTurns {

    private static final List<String> DONE_NOTES = List.of(
            "在“协骊”联合体宣讲惠农补贴政策，收集村民反映的排水沟、窗户漏风等问题",
            "入户走访收集社情民意，讲解医保参保政策",
            "组织民情恳谈会，围绕发展村级产业项目听取村民意见",
            "到村卫生室和助老餐厅了解群众诉求",
            "宣讲优化营商环境政策，听取个体工商户意见");
    private static final List<String> MISSED_REASONS = List.of("外出参加培训", "因病请假", "单位临时任务");
    private static final List<String> IDLE_REASONS = List.of("未到岗，也未请假", "多次联系未到岗",
            "以单位工作忙为由未到岗");
    private static final String LEAVE = "本月外出学习，已提前向委员工作处请假";

    private final DutyTurnService duty;
    private final Random random;
    private final LocalDate today;
    /** Whether this month already has its turn done and its turn missed, for the committee at hand. */
    private boolean doneThisMonth;
    private boolean missedThisMonth;

    DemoDutyTurns(DutyTurnService duty, long seed, LocalDate today) {
        this.duty = duty;
        this.random = new Random(seed);
        this.today = today;
    }

    void forCommittee(CommitteeEntity committee, DemoEffort effort) {
        YearMonth current = duty.currentMonth();
        List<PlatformEntity> platforms = PlatformEntity.list("committee = ?1 order by id", committee);
        doneThisMonth = false;
        missedThisMonth = false;
        for (int year = current.getYear() - 1; year <= current.getYear(); year++) {
            for (PlatformEntity platform : platforms) {
                if (duty.roster(new RosterRequest(platform.id, year, true)).created() > 0 && year < current.getYear()) {
                    notBeforeJoining(platform, year, effort);
                }
            }
        }
        for (PlatformEntity platform : platforms) {
            boolean last = platform == platforms.get(platforms.size() - 1);
            for (DutyTurnEntity turn : DutyTurnEntity.<DutyTurnEntity>list(
                    "platform = ?1 and month >= ?2 and month <= ?3 order by month", platform,
                    LocalDate.of(current.getYear() - 1, 1, 1), current.atDay(1))) {
                YearMonth month = turn.yearMonth();
                // The last platform's turn of the month just ended, if this year's, waits to be recorded: overdue.
                if (!(last && month.equals(current.minusMonths(1)) && month.getYear() == current.getYear())) {
                    record(turn, current, effort);
                }
            }
        }
    }

    /** A member added mid-term served from joining: last year's turns before that go to a neighbour free that month. */
    private void notBeforeJoining(PlatformEntity platform, int year, DemoEffort effort) {
        List<MemberEntity> neighbours = new ArrayList<>(MemberEntity.<MemberEntity>list(
                "committee = ?1 and township = ?2 and status = ?3 order by id", platform.committee, platform.township,
                MemberStatus.ACTIVE));
        for (DutyTurnEntity turn : DutyTurnEntity.<DutyTurnEntity>list(
                "platform = ?1 and month >= ?2 and month <= ?3 order by month", platform, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 1))) {
            if (effort.inOffice(turn.member.id, turn.month)) {
                continue;
            }
            Collections.shuffle(neighbours, random);
            neighbours.stream()
                    .filter(m -> effort.usual(m.id) && effort.inOffice(m.id, turn.month)
                            && !DutyTurnEntity.memberBusy(m.id, turn.month, turn.id))
                    .findFirst().ifPresent(m -> turn.member = m);
        }
        DutyTurnEntity.flush();
    }

    private void record(DutyTurnEntity turn, YearMonth current, DemoEffort effort) {
        boolean usual = effort.usual(turn.member.id);
        int roll = random.nextInt(100);
        if (!turn.yearMonth().equals(current)) {
            outcome(turn, turn.month.plusDays(20 + random.nextInt(7)), roll, usual, effort);
            return;
        }
        // This month: recorded on the duty day once it has come; one done and one on leave as soon as may be.
        if (today.getDayOfMonth() == 1) {
            return;
        }
        LocalDate day = turn.month.plusDays(random.nextInt(27));
        if (!doneThisMonth && usual) {
            doneThisMonth = true;
            done(turn, turn.month.plusDays(random.nextInt(today.getDayOfMonth() - 1)));
        } else if (!missedThisMonth) {
            missedThisMonth = true;
            missed(turn, turn.month, LEAVE);
        } else if (day.isBefore(today)) {
            outcome(turn, day, roll, usual, effort);
        }
    }

    private void outcome(DutyTurnEntity turn, LocalDate day, int roll, boolean usual, DemoEffort effort) {
        if (effort.idle(turn.member.id)) {
            missed(turn, day, IDLE_REASONS.get(random.nextInt(IDLE_REASONS.size())));
        } else if (!usual || roll < 8) {
            missed(turn, day, MISSED_REASONS.get(random.nextInt(MISSED_REASONS.size())));
        } else {
            done(turn, day);
        }
    }

    private void missed(DutyTurnEntity turn, LocalDate day, String reason) {
        stamp(turn, day);
        turn.status = DutyTurnStatus.MISSED;
        turn.missedReason = reason;
    }

    private void done(DutyTurnEntity turn, LocalDate day) {
        stamp(turn, day);
        turn.status = DutyTurnStatus.DONE;
        turn.policyExplained = random.nextInt(10) < 8;
        turn.opinionsCollected = random.nextInt(5);
        turn.eventsHeld = 1 + random.nextInt(2);
        turn.peopleReached = 10 + random.nextInt(60);
        turn.note = DONE_NOTES.get(random.nextInt(DONE_NOTES.size()));
    }

    private static void stamp(DutyTurnEntity turn, LocalDate day) {
        turn.recordedAt = day.atTime(16, 30).atZone(OfficeClock.ZONE).toInstant();
        turn.recordedBy = "system";
    }
}
