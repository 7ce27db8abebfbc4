package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.committee.CommitteeRecordEntity;
import cn.cppcc.liaison.member.MemberEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** An award (表彰) the office gave a member for a year; it shows in the record and scores on the day it was given. */
@Entity
@Audited
@Table(name = "award")
public class AwardEntity extends CommitteeRecordEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    public MemberEntity member;

    public short year;

    public String title;

    @Column(name = "awarded_on")
    public LocalDate awardedOn;

    public String note;

    @Column(name = "recorded_by")
    public String recordedBy;
}
