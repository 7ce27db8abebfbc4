package cn.cppcc.liaison.village;

import cn.cppcc.liaison.kernel.event.ReferenceQuery;
import cn.cppcc.liaison.township.TownshipEntity;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** What of this feature's records still refers to a record about to be deleted. */
@ApplicationScoped
class VillageReferences {

    /** Features answer in the order of their layers, so a 409 lists the nearest references first. */
    void count(@Observes @Priority(400) ReferenceQuery query) {
        query.count(TownshipEntity.class, "village", "township_id", "villages", "村（社区）");
    }
}
