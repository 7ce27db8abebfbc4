package cn.cppcc.liaison.consultation;

import cn.cppcc.liaison.committee.CommitteeRecordEntity;
import cn.cppcc.liaison.member.MemberEntity;
import cn.cppcc.liaison.opinion.OpinionEntity;
import cn.cppcc.liaison.platform.PlatformEntity;
import cn.cppcc.liaison.studio.StudioEntity;
import cn.cppcc.liaison.township.TownshipEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A consultation (协商): where and when, on what topic, the opinions it took up, which members were invited and
 * whether they came, and who else sat at the table. Attendance and guests are kept with the record but not in
 * the audit trail.
 */
@Entity
@Audited
@Table(name = "consultation")
public class ConsultationEntity extends CommitteeRecordEntity {

    @Enumerated(EnumType.STRING)
    public ConsultationKind kind;

    @Column(name = "held_on")
    public LocalDate heldOn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "township_id")
    public TownshipEntity township;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "platform_id")
    public PlatformEntity platform;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "studio_id")
    public StudioEntity studio;

    public String topic;

    public String summary;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "consultation_opinion", joinColumns = @JoinColumn(name = "consultation_id"),
            inverseJoinColumns = @JoinColumn(name = "opinion_id"))
    @OrderBy("id")
    public Set<OpinionEntity> opinions = new LinkedHashSet<>();

    @NotAudited
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "consultation_member", joinColumns = @JoinColumn(name = "consultation_id"))
    @MapKeyJoinColumn(name = "member_id")
    @Column(name = "attendance")
    @Enumerated(EnumType.STRING)
    public Map<MemberEntity, Attendance> members = new HashMap<>();

    @NotAudited
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "consultation_guest", joinColumns = @JoinColumn(name = "consultation_id"))
    @OrderColumn(name = "position")
    public List<Guest> guests = new ArrayList<>();

    @NotAudited
    @Column(name = "recorded_by")
    public String recordedBy;

    @NotAudited
    @Column(name = "recorded_by_account_id")
    public Long recordedByAccountId;
}
