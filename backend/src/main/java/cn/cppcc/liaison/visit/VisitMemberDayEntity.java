package cn.cppcc.liaison.visit;

import cn.cppcc.liaison.kernel.MemberDayKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * A member's visits on a Beijing day, kept by the triggers of {@code visit_member_day} (V18) in the same transaction
 * as the visits: mapped, read-only, so a question in HQL (who did no work in a period) can ask it beside the other
 * features' records. The service never writes it.
 */
@Entity
@Immutable
@Table(name = "visit_member_day")
@IdClass(MemberDayKey.class)
public class VisitMemberDayEntity {

    @Id
    @Column(name = "member_id")
    public Long memberId;

    @Id
    public LocalDate day;

    @Column(name = "committee_id", nullable = false)
    public Long committeeId;

    @Column(nullable = false)
    public int visits;
}
