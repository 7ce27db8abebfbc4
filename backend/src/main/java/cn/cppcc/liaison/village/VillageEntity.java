package cn.cppcc.liaison.village;

import cn.cppcc.liaison.kernel.CommitteeRecord;
import cn.cppcc.liaison.kernel.VersionedEntity;
import cn.cppcc.liaison.township.TownshipEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A village or community (村 / 社区) below a township, e.g. 建国村 or 葩金社区. */
@Entity
@Audited
@Table(name = "village")
public class VillageEntity extends VersionedEntity implements CommitteeRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "township_id")
    public TownshipEntity township;

    public String name;

    @Enumerated(EnumType.STRING)
    public VillageKind kind;

    public static boolean nameTaken(long townshipId, String name, Long exceptId) {
        return count("township.id = ?1 and name = ?2 and (?3 is null or id <> ?3)", townshipId, name, exceptId) > 0;
    }

    @Override
    public Long committeeId() {
        return township.committee.id;
    }
}
