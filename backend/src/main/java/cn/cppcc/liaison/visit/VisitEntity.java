package cn.cppcc.liaison.visit;

import cn.cppcc.liaison.committee.CommitteeRecordEntity;
import cn.cppcc.liaison.member.MemberEntity;
import cn.cppcc.liaison.platform.PlatformEntity;
import cn.cppcc.liaison.studio.StudioEntity;
import cn.cppcc.liaison.township.TownshipEntity;
import cn.cppcc.liaison.village.VillageEntity;
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
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.envers.Audited;

/** A visit (接待、走访、视察、恳谈): when and where members met the public, and how many people they met. */
@Entity
@Audited
@Table(name = "visit")
public class VisitEntity extends CommitteeRecordEntity {

    @Enumerated(EnumType.STRING)
    public VisitKind kind;

    @Column(name = "visit_date")
    public LocalDate visitDate;

    @Column(name = "start_time")
    public LocalTime startTime;

    @Column(name = "end_time")
    public LocalTime endTime;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "township_id")
    public TownshipEntity township;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "village_id")
    public VillageEntity village;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "studio_id")
    public StudioEntity studio;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "platform_id")
    public PlatformEntity platform;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "visit_member", joinColumns = @JoinColumn(name = "visit_id"),
            inverseJoinColumns = @JoinColumn(name = "member_id"))
    @OrderBy("id")
    public Set<MemberEntity> members = new LinkedHashSet<>();

    @Column(name = "people_received")
    public int peopleReceived;

    public String topic;

    public String notes;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_by_account_id")
    public Long recordedByAccountId;

    public boolean isPresent(Long memberId) {
        return memberId != null && members.stream().anyMatch(m -> m.id.equals(memberId));
    }

    /** A visit of one of these members on that day whose time overlaps [start, end); touching ends do not. */
    public record Clash(long visitId, String topic, LocalTime startTime, LocalTime endTime, String memberName) {
    }

    public static List<Clash> clashes(Collection<Long> memberIds, LocalDate date, LocalTime start, LocalTime end,
            Long exceptId) {
        return getEntityManager().createQuery("select new " + Clash.class.getName()
                        + "(v.id, v.topic, v.startTime, v.endTime, m.name) from VisitEntity v join v.members m"
                        + " where m.id in :members and v.visitDate = :date and v.startTime < :end and v.endTime > :start"
                        + " and (:except is null or v.id <> :except) order by v.startTime, v.id, m.id", Clash.class)
                .setParameter("members", memberIds).setParameter("date", date)
                .setParameter("start", start).setParameter("end", end).setParameter("except", exceptId)
                .setMaxResults(1)
                .getResultList();
    }

    /** The visits (次), people received and members present (人次) over every visit a filter matches. */
    public record Totals(long visits, long peopleReceived, long membersPresent) {
    }

    /**
     * The totals over every visit the filter matches: the count and {@link VisitFigure#PEOPLE_RECEIVED} in one
     * statement, {@link VisitFigure#MEMBERS_PRESENT} in a second that joins the matched visits to their members
     * (a semi-join, several times faster than counting each visit's members apart).
     */
    public static Totals totals(String where, Map<String, Object> parameters) {
        var query = getEntityManager().createQuery("select count(*), " + VisitFigure.PEOPLE_RECEIVED.sum()
                + " from VisitEntity where " + where, Object[].class);
        parameters.forEach(query::setParameter);
        Object[] row = query.getSingleResult();
        long visits = ((Number) row[0]).longValue();
        long members = 0;
        if (visits > 0) {
            var present = getEntityManager().createQuery("select " + VisitFigure.MEMBERS_PRESENT.sum()
                    + " from VisitEntity v join v.members m where v.id in (select id from VisitEntity where " + where
                    + ")", Long.class);
            parameters.forEach(present::setParameter);
            members = present.getSingleResult();
        }
        return new Totals(visits, ((Number) row[1]).longValue(), members);
    }

    /**
     * {@link #totals} of each township, platform or studio ({@code by}) of {@code :gIds}, which the filter names:
     * the same two statements, grouped; a row with no visit has zeros.
     */
    public static Map<Long, Totals> totalsBy(String by, List<Long> ids, String where, Map<String, Object> parameters) {
        Map<Long, long[]> counted = new HashMap<>();
        ids.forEach(id -> counted.put(id, new long[3]));
        var query = getEntityManager().createQuery("select " + by + ".id, count(*), " + VisitFigure.PEOPLE_RECEIVED.sum()
                + " from VisitEntity where " + where + " group by " + by + ".id", Object[].class);
        parameters.forEach(query::setParameter);
        for (Object[] row : query.getResultList()) {
            long[] c = counted.get((Long) row[0]);
            c[0] = ((Number) row[1]).longValue();
            c[1] = ((Number) row[2]).longValue();
        }
        var present = getEntityManager().createQuery("select v." + by + ".id, " + VisitFigure.MEMBERS_PRESENT.sum()
                + " from VisitEntity v join v.members m where v.id in (select id from VisitEntity where " + where
                + ") group by v." + by + ".id", Object[].class);
        parameters.forEach(present::setParameter);
        for (Object[] row : present.getResultList()) {
            counted.get((Long) row[0])[2] = ((Number) row[1]).longValue();
        }
        Map<Long, Totals> totals = new HashMap<>();
        counted.forEach((id, c) -> totals.put(id, new Totals(c[0], c[1], c[2])));
        return totals;
    }
}
