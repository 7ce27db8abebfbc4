package cn.cppcc.liaison.village;

import cn.cppcc.liaison.township.TownshipEntity;
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

/** A village or community (村 / 社区) below a township, e.g. 建国村 or 葩金社区. */
@Entity
@Table(name = "village")
public class VillageEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "township_id")
    public TownshipEntity township;

    public String name;

    @Enumerated(EnumType.STRING)
    public VillageKind kind;

    @Version
    public int version;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static boolean nameTaken(long townshipId, String name, Long exceptId) {
        return count("township.id = ?1 and name = ?2 and (?3 is null or id <> ?3)", townshipId, name, exceptId) > 0;
    }
}
