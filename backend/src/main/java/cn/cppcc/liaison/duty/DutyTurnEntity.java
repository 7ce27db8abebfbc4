package cn.cppcc.liaison.duty;

import cn.cppcc.liaison.committee.CommitteeRecordEntity;
import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.ProblemType;
import cn.cppcc.liaison.member.MemberEntity;
import cn.cppcc.liaison.platform.PlatformEntity;
import cn.cppcc.liaison.visit.VisitEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.envers.Audited;

/** One member's month of duty at a platform (一月一轮值), and what came of it. */
@Entity
@Audited
@Table(name = "duty_turn")
public class DutyTurnEntity extends CommitteeRecordEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "platform_id")
    public PlatformEntity platform;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    public MemberEntity member;

    /** The first day of the duty month. */
    public LocalDate month;

    @Enumerated(EnumType.STRING)
    public DutyTurnStatus status = DutyTurnStatus.SCHEDULED;

    @Column(name = "policy_explained")
    public Boolean policyExplained;

    @Column(name = "opinions_collected")
    public Integer opinionsCollected;

    @Column(name = "events_held")
    public Integer eventsHeld;

    @Column(name = "people_reached")
    public Integer peopleReached;

    public String note;

    @Column(name = "missed_reason")
    public String missedReason;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    /** The visits the member made in the duty month, named when the turn is recorded as done. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "duty_turn_visit", joinColumns = @JoinColumn(name = "duty_turn_id"),
            inverseJoinColumns = @JoinColumn(name = "visit_id"))
    @OrderBy("id")
    public Set<VisitEntity> visits = new LinkedHashSet<>();

    public YearMonth yearMonth() {
        return YearMonth.from(month);
    }

    /**
     * A turn whose month is over and that nobody recorded: the office has to follow it up. The rule of
     * {@link DutyTurnFigure#UNRECORDED}, for one record.
     */
    public boolean overdue(YearMonth current) {
        return DutyTurnFigure.unrecorded(this, current);
    }

    /** Moves the turn along its lifecycle, or refuses naming the states allowed from here. */
    public void moveTo(DutyTurnStatus target) {
        if (!status.canMoveTo(target)) {
            throw new ApiProblem(ProblemType.ILLEGAL_STATE, "该轮值当前为 " + status.describe() + "，不能改为 "
                    + target.describe() + "；可改为：" + DutyTurnStatus.describe(status.next()));
        }
        status = target;
    }

    /** Whether the member already has a turn in the month, other than {@code exceptId}. */
    public static boolean memberBusy(long memberId, LocalDate month, Long exceptId) {
        return exceptId == null ? count("member.id = ?1 and month = ?2", memberId, month) > 0
                : count("member.id = ?1 and month = ?2 and id <> ?3", memberId, month, exceptId) > 0;
    }

    public static boolean platformTaken(long platformId, LocalDate month, Long exceptId) {
        return exceptId == null ? count("platform.id = ?1 and month = ?2", platformId, month) > 0
                : count("platform.id = ?1 and month = ?2 and id <> ?3", platformId, month, exceptId) > 0;
    }
}
