package cn.cppcc.liaison.opinion;

import cn.cppcc.liaison.committee.CommitteeRecordEntity;
import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.duty.DutyTurnEntity;
import cn.cppcc.liaison.member.MemberEntity;
import cn.cppcc.liaison.studio.StudioEntity;
import cn.cppcc.liaison.township.TownshipEntity;
import cn.cppcc.liaison.village.VillageEntity;
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
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A public opinion (社情民意): what the public raised, where, through which member, and how far its handling has
 * come. Its state changes only through {@link OpinionService#transition}, which also writes the history.
 */
@Entity
@Audited
@Table(name = "opinion")
public class OpinionEntity extends CommitteeRecordEntity {

    public String title;

    public String content;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    public OpinionCategoryEntity category;

    @Column(name = "collected_on")
    public LocalDate collectedOn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "township_id")
    public TownshipEntity township;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "village_id")
    public VillageEntity village;

    @Enumerated(EnumType.STRING)
    public OpinionSource source;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "visit_id")
    public VisitEntity visit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "duty_turn_id")
    public DutyTurnEntity dutyTurn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "studio_id")
    public StudioEntity studio;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "opinion_member", joinColumns = @JoinColumn(name = "opinion_id"),
            inverseJoinColumns = @JoinColumn(name = "member_id"))
    @OrderBy("id")
    public Set<MemberEntity> submitters = new LinkedHashSet<>();

    /** Personal data of the person who raised it: kept out of the audit trail, masked for most readers. */
    @NotAudited
    @Column(name = "raised_by_name")
    public String raisedByName;

    @NotAudited
    @Column(name = "raised_by_phone")
    public String raisedByPhone;

    @Enumerated(EnumType.STRING)
    public OpinionStatus status;

    @NotAudited
    @Column(name = "status_changed_at")
    public Instant statusChangedAt;

    @NotAudited
    @Column(name = "submitted_at")
    public Instant submittedAt;

    @NotAudited
    @Column(name = "reject_reason")
    public String rejectReason;

    @Column(name = "assigned_unit")
    public String assignedUnit;

    @Column(name = "due_date")
    public LocalDate dueDate;

    public String resolution;

    @Column(name = "resolved_on")
    public LocalDate resolvedOn;

    /** The day the current resolution was entered: the quiet period before it counts as solved runs from here. */
    @NotAudited
    @Column(name = "resolution_entered_on")
    public LocalDate resolutionEnteredOn;

    /** The day the office accepted it (采用). */
    @NotAudited
    @Column(name = "accepted_on")
    public LocalDate acceptedOn;

    /** The day the public's feedback was recorded (评价). */
    @NotAudited
    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    public OpinionFeedback feedback;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    public OpinionEntity mergedInto;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "forwarded_to_id")
    public CommitteeEntity forwardedTo;

    @NotAudited
    @Column(name = "forwarded_at")
    public Instant forwardedAt;

    @NotAudited
    @Column(name = "adopted_at")
    public Instant adoptedAt;

    public String instruction;

    @NotAudited
    @Column(name = "recorded_by")
    public String recordedBy;

    @NotAudited
    @Column(name = "recorded_by_account_id")
    public Long recordedByAccountId;

    public boolean submittedBy(Long memberId) {
        return memberId != null && submitters.stream().anyMatch(m -> m.id.equals(memberId));
    }

    public boolean submittedByGroup(Long groupId) {
        return groupId != null && submitters.stream().anyMatch(m -> m.group != null && groupId.equals(m.group.id));
    }

    public boolean overdue(LocalDate today) {
        return OpinionStatus.BEING_HANDLED.contains(status) && dueDate != null && dueDate.isBefore(today);
    }

    /** Solved means confirmed (see {@link OpinionFigure#SOLVED}): by the public, or by a quiet period that ended. */
    public boolean solved(LocalDate today, int confirmAfterDays) {
        LocalDate on = OpinionFigure.solvedOn(this, confirmAfterDays);
        return on != null && !on.isAfter(today);
    }

    public boolean awaitingConfirmation(LocalDate today, int confirmAfterDays) {
        return status == OpinionStatus.RESOLVED && !solved(today, confirmAfterDays);
    }

    public boolean forwardedBy(Long committeeId) {
        return forwardedTo != null && Objects.equals(forwardedTo.id, committeeId);
    }
}
