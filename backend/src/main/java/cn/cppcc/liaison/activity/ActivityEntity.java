package cn.cppcc.liaison.activity;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.hibernate.envers.Audited;

/** An activity (自选动作): a research report, training, volunteer work, school reading or forum, and whom it reached. */
@Entity
@Audited
@Table(name = "activity")
public class ActivityEntity extends CommitteeRecordEntity {

    @Enumerated(EnumType.STRING)
    public ActivityKind kind;

    @Column(name = "activity_date")
    public LocalDate activityDate;

    public String title;

    public String description;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "activity_member", joinColumns = @JoinColumn(name = "activity_id"),
            inverseJoinColumns = @JoinColumn(name = "member_id"))
    @OrderBy("id")
    public Set<MemberEntity> members = new LinkedHashSet<>();

    @Column(name = "people_reached")
    public int peopleReached;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_by_account_id")
    public Long recordedByAccountId;

    public boolean isAttendedBy(Long memberId) {
        return memberId != null && members.stream().anyMatch(m -> m.id.equals(memberId));
    }

    /** The people reached (人次) summed over every activity the filter matches, in the database. */
    public static long peopleReached(String where, Map<String, Object> parameters) {
        var query = getEntityManager().createQuery(
                "select coalesce(sum(peopleReached), 0) from ActivityEntity where " + where, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }
}
