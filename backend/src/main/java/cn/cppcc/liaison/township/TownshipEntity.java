package cn.cppcc.liaison.township;

import cn.cppcc.liaison.committee.CommitteeRecordEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A township or street (乡镇 / 街道) in a committee's area, e.g. 双丰镇 or 书院路街道. */
@Entity
@Audited
@Table(name = "township")
public class TownshipEntity extends CommitteeRecordEntity {

    public String name;

    @Enumerated(EnumType.STRING)
    public TownshipKind kind;

    public static boolean nameTaken(long committeeId, String name, Long exceptId) {
        return count("committee.id = ?1 and name = ?2 and (?3 is null or id <> ?3)", committeeId, name, exceptId) > 0;
    }
}
