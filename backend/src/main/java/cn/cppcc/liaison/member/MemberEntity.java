package cn.cppcc.liaison.member;

import cn.cppcc.liaison.committee.CommitteeRecordEntity;
import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.ProblemType;
import cn.cppcc.liaison.sector.SectorEntity;
import cn.cppcc.liaison.township.TownshipEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.envers.Audited;

/** A member (委员) of a committee: sector, group, township, employer and title, contact and status. */
@Entity
@Audited
@Table(name = "member")
public class MemberEntity extends CommitteeRecordEntity {

    public String name;

    @Enumerated(EnumType.STRING)
    public Gender gender;

    @Column(name = "birth_year")
    public Short birthYear;

    public String ethnicity;

    public String party;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sector_id")
    public SectorEntity sector;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    public GroupEntity group;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "township_id")
    public TownshipEntity township;

    public String employer;

    @Column(name = "job_title")
    public String jobTitle;

    public String phone;

    @Enumerated(EnumType.STRING)
    public MemberStatus status = MemberStatus.ACTIVE;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "status_date")
    public LocalDate statusDate;

    @Column(name = "term_start")
    public LocalDate termStart;

    @Column(name = "term_end")
    public LocalDate termEnd;

    /** Moves the member along the status lifecycle, or refuses with the states that are allowed from here. */
    public void moveTo(MemberStatus target, String reason, LocalDate date) {
        if (!status.canMoveTo(target)) {
            String detail = "委员" + name + "当前状态为 " + status.describe() + "，不能改为 " + target.describe() + "；"
                    + (status.next().isEmpty() ? "撤销是最终状态，不能再更改"
                            : "可改为：" + MemberStatus.describe(status.next()));
            throw new ApiProblem(ProblemType.ILLEGAL_STATE, detail);
        }
        if (target.needsReason() && reason == null) {
            throw ApiProblem.invalid("reason", "改为“" + target.label + "”时须说明原因");
        }
        status = target;
        statusReason = reason;
        statusDate = date;
    }

    /** How many members each of the given groups has, counted in one grouped query. */
    public static Map<Long, Long> countByGroup(Collection<Long> groupIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (groupIds.isEmpty()) {
            return counts;
        }
        getEntityManager()
                .createQuery("select m.group.id, count(m) from MemberEntity m where m.group.id in :ids group by m.group.id",
                        Object[].class)
                .setParameter("ids", groupIds)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }
}
