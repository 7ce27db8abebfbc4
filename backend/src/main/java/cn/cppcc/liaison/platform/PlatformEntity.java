package cn.cppcc.liaison.platform;

import cn.cppcc.liaison.committee.CommitteeRecordEntity;
import cn.cppcc.liaison.township.TownshipEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A township's liaison platform (一乡一平台), e.g. 双丰镇“协骊”联合体, where members meet the public. */
@Entity
@Audited
@Table(name = "platform")
public class PlatformEntity extends CommitteeRecordEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "township_id")
    public TownshipEntity township;

    public String name;

    public String address;

    public String description;

    public static boolean nameTaken(long committeeId, String name, Long exceptId) {
        return count("committee.id = ?1 and name = ?2 and (?3 is null or id <> ?3)", committeeId, name, exceptId) > 0;
    }
}
