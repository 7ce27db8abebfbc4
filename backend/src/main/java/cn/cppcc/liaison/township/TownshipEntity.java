package cn.cppcc.liaison.township;

import cn.cppcc.liaison.committee.CommitteeEntity;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A township or street (乡镇 / 街道) in a committee's area, e.g. 双丰镇 or 书院路街道. */
@Entity
@Table(name = "township")
public class TownshipEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "committee_id")
    public CommitteeEntity committee;

    public String name;

    @Enumerated(EnumType.STRING)
    public TownshipKind kind;

    @Version
    public int version;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static boolean nameTaken(long committeeId, String name, Long exceptId) {
        return count("committee.id = ?1 and name = ?2 and (?3 is null or id <> ?3)", committeeId, name, exceptId) > 0;
    }
}
