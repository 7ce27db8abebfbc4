package cn.cppcc.liaison.opinion;

import cn.cppcc.liaison.kernel.MemberDayKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * What a member's opinions counted for on a Beijing day, kept by the triggers of {@code opinion_member_day} (V17) in
 * the same transaction as the opinions: {@code work} in the figures collected, accepted, forwarded and adopted, and
 * {@code solved}. Mapped, read-only, so a question in HQL (who did no work in a period) can ask it beside the other
 * features' records. The service never writes it.
 */
@Entity
@Immutable
@Table(name = "opinion_member_day")
@IdClass(MemberDayKey.class)
public class OpinionMemberDayEntity {

    @Id
    @Column(name = "member_id")
    public Long memberId;

    @Id
    public LocalDate day;

    @Column(name = "committee_id", nullable = false)
    public Long committeeId;

    @Column(nullable = false)
    public int work;

    @Column(nullable = false)
    public int solved;
}
