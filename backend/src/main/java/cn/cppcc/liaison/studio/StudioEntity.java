package cn.cppcc.liaison.studio;

import cn.cppcc.liaison.committee.CommitteeRecordEntity;
import cn.cppcc.liaison.member.MemberEntity;
import cn.cppcc.liaison.platform.PlatformEntity;
import cn.cppcc.liaison.township.TownshipEntity;
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
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.envers.Audited;

/** A member studio (委员工作室) of a township: where, how and when it receives the public, and who works there. */
@Entity
@Audited
@Table(name = "studio")
public class StudioEntity extends CommitteeRecordEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "township_id")
    public TownshipEntity township;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "platform_id")
    public PlatformEntity platform;

    public String name;

    @Enumerated(EnumType.STRING)
    public StudioMode mode;

    public String address;

    @Column(name = "online_address")
    public String onlineAddress;

    @Column(name = "schedule_weekdays")
    public Integer[] scheduleWeekdays = new Integer[0];

    @Column(name = "schedule_month_days")
    public Integer[] scheduleMonthDays = new Integer[0];

    @Column(name = "schedule_note")
    public String scheduleNote;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "studio_member", joinColumns = @JoinColumn(name = "studio_id"),
            inverseJoinColumns = @JoinColumn(name = "member_id"))
    @OrderBy("id")
    public Set<MemberEntity> residents = new LinkedHashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_member_id")
    public MemberEntity lead;

    public static boolean nameTaken(long committeeId, String name, Long exceptId) {
        return count("committee.id = ?1 and name = ?2 and (?3 is null or id <> ?3)", committeeId, name, exceptId) > 0;
    }
}
