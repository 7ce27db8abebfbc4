package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.committee.CommitteeRecordEntity;
import cn.cppcc.liaison.member.MemberEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.hibernate.envers.Audited;

/** The office's adjustment (加减分) of a member's score for a year, with its reason; from an objection when upheld. */
@Entity
@Audited
@Table(name = "evaluation_adjustment")
public class EvaluationAdjustmentEntity extends CommitteeRecordEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    public MemberEntity member;

    public short year;

    public BigDecimal amount;

    public String reason;

    @Column(name = "objection_id")
    public Long objectionId;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "made_at")
    public Instant madeAt;

    /** A committee's adjustments of a year, oldest first: what the computation adds to each member's score. */
    static List<EvaluationAdjustmentEntity> of(long committeeId, int year) {
        return list("committee.id = ?1 and year = ?2 order by madeAt, id", committeeId, (short) year);
    }
}
