package cn.cppcc.liaison.opinion;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One entry of an opinion's history: who did what, when, from which state to which, and what they wrote. */
@Entity
@Table(name = "opinion_transition")
public class OpinionTransitionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "opinion_id")
    public long opinionId;

    @Enumerated(EnumType.STRING)
    public OpinionAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public OpinionStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public OpinionStatus toStatus;

    public Instant at;

    public String actor;

    @Column(name = "account_id")
    public Long accountId;

    public String note;

    @Column(name = "assigned_unit")
    public String assignedUnit;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "resolved_on")
    public LocalDate resolvedOn;

    @Enumerated(EnumType.STRING)
    public OpinionFeedback feedback;

    @Column(name = "merged_into_id")
    public Long mergedIntoId;

    /** The parent committee an opinion was forwarded to, or that adopted it. */
    @Column(name = "committee_id")
    public Long committeeId;

    static List<OpinionTransitionEntity> of(long opinionId) {
        return list("opinionId = ?1 order by id", opinionId);
    }
}
