package cn.cppcc.liaison.platform;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.kernel.event.ReferenceQuery;
import cn.cppcc.liaison.township.TownshipEntity;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** What of this feature's records still refers to a record about to be deleted. */
@ApplicationScoped
class PlatformReferences {

    /** Features answer in the order of their layers, so a 409 lists the nearest references first. */
    void count(@Observes @Priority(500) ReferenceQuery query) {
        query.count(CommitteeEntity.class, "platform", "committee_id", "platforms", "联系平台")
                .count(TownshipEntity.class, "platform", "township_id", "platforms", "联系平台");
    }
}
