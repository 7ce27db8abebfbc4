package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.committee.CommitteeRecordEntity;
import cn.cppcc.liaison.member.MemberEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** An objection (反馈/申诉) a member filed on an item of their own breakdown, and the office's answer. */
@Entity
@Audited
@Table(name = "evaluation_objection")
public class EvaluationObjectionEntity extends CommitteeRecordEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    public MemberEntity member;

    public short year;

    @Enumerated(EnumType.STRING)
    public EvaluationObjectionItem item;

    public String reason;

    @Enumerated(EnumType.STRING)
    public EvaluationObjectionStatus status;

    @Column(name = "filed_by")
    public String filedBy;

    @Column(name = "filed_at")
    public Instant filedAt;

    public String answer;

    @Column(name = "answered_by")
    public String answeredBy;

    @Column(name = "answered_at")
    public Instant answeredAt;
}
