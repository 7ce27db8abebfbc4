package cn.cppcc.liaison.opinion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
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
@IdClass(OpinionMemberDayEntity.Key.class)
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

    /** A row's identity: the member and the day. */
    public static class Key implements Serializable {
        public Long memberId;
        public LocalDate day;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(memberId, key.memberId) && Objects.equals(day, key.day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(memberId, day);
        }
    }
}
