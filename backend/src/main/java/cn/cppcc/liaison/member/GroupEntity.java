package cn.cppcc.liaison.member;

import cn.cppcc.liaison.committee.CommitteeRecordEntity;
import cn.cppcc.liaison.sector.SectorEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.envers.Audited;

/** A sector activity group (界别活动组), led by a convenor who is a member and a liaison from a special committee. */
@Entity
@Audited
@Table(name = "member_group")
public class GroupEntity extends CommitteeRecordEntity {

    public String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sector_id")
    public SectorEntity sector;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "convenor_id")
    public MemberEntity convenor;

    @Column(name = "liaison_name")
    public String liaisonName;

    @Column(name = "liaison_title")
    public String liaisonTitle;

    public static boolean nameTaken(long committeeId, String name, Long exceptId) {
        return count("committee.id = ?1 and name = ?2 and (?3 is null or id <> ?3)", committeeId, name, exceptId) > 0;
    }

    /** The groups a member convenes, so a status change can say which group needs a new convenor. */
    public static List<GroupEntity> convenedBy(long memberId) {
        return list("convenor.id = ?1 order by name", memberId);
    }
}
