package cn.cppcc.liaison.committee;

import cn.cppcc.liaison.kernel.CommitteeRecord;
import cn.cppcc.liaison.kernel.VersionedEntity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;

/** A record that belongs to one committee from its creation on: members, townships, visits, opinions… */
@MappedSuperclass
@Audited
public abstract class CommitteeRecordEntity extends VersionedEntity implements CommitteeRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "committee_id")
    public CommitteeEntity committee;

    @Override
    public Long committeeId() {
        return committee.id;
    }
}
