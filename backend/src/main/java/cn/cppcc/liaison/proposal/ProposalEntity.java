package cn.cppcc.liaison.proposal;

import cn.cppcc.liaison.committee.CommitteeRecordEntity;
import cn.cppcc.liaison.member.MemberEntity;
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
 * A proposal (提案) filed by a lead member with co-signers. Its status changes only through
 * {@link #moveTo}, along {@link ProposalStatus#next()}.
 */
@Entity
@Audited
@Table(name = "proposal")
public class ProposalEntity extends CommitteeRecordEntity {

    public String title;

    @Enumerated(EnumType.STRING)
    public ProposalCategory category;

    @Column(name = "filed_on")
    public LocalDate filedOn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_member_id")
    public MemberEntity lead;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "proposal_member", joinColumns = @JoinColumn(name = "proposal_id"),
            inverseJoinColumns = @JoinColumn(name = "member_id"))
    @OrderBy("id")
    public Set<MemberEntity> coSigners = new LinkedHashSet<>();

    @Column(name = "case_number")
    public String caseNumber;

    @Column(name = "handling_unit")
    public String handlingUnit;

    @Enumerated(EnumType.STRING)
    public ProposalStatus status = ProposalStatus.FILED;

    @NotAudited
    @Column(name = "status_changed_at")
    public Instant statusChangedAt;

    /** The day the office accepted it as a case (立案); kept through answering and closing. */
    @NotAudited
    @Column(name = "accepted_on")
    public LocalDate acceptedOn;

    @Column(name = "not_accepted_reason")
    public String notAcceptedReason;

    @Column(name = "answered_on")
    public LocalDate answeredOn;

    public String answer;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_by_account_id")
    public Long recordedByAccountId;

    public boolean isLedBy(Long memberId) {
        return memberId != null && Objects.equals(lead.id, memberId);
    }

    /** Whether the member leads or co-signs it. */
    public boolean isFiledBy(Long memberId) {
        return isLedBy(memberId) || (memberId != null && coSigners.stream().anyMatch(m -> m.id.equals(memberId)));
    }

    /** Moves to {@code target}; the caller has checked that the lifecycle allows it and what the step needs. */
    public void moveTo(ProposalStatus target, Instant at) {
        if (!status.mayMoveTo(target)) {
            throw new IllegalStateException(status + " cannot move to " + target);
        }
        status = target;
        statusChangedAt = at;
    }

    /** Whether another proposal of the committee already has this case number (案号). */
    public static boolean caseNumberTaken(long committeeId, String caseNumber, Long exceptId) {
        return count("committee.id = ?1 and caseNumber = ?2 and (?3 is null or id <> ?3)",
                committeeId, caseNumber, exceptId) > 0;
    }
}
