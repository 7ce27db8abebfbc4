package cn.cppcc.liaison.sector;

import cn.cppcc.liaison.committee.CommitteeRecordEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A sector (界别) of a committee, e.g. 经济界 or 农业界. */
@Entity
@Audited
@Table(name = "sector")
public class SectorEntity extends CommitteeRecordEntity {

    public String name;

    @Column(name = "sort_order")
    public int sortOrder;

    public static boolean nameTaken(long committeeId, String name, Long exceptId) {
        return count("committee.id = ?1 and name = ?2 and (?3 is null or id <> ?3)", committeeId, name, exceptId) > 0;
    }
}
