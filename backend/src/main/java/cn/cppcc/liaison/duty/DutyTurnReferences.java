package cn.cppcc.liaison.duty;

import cn.cppcc.liaison.kernel.event.ReferenceQuery;
import cn.cppcc.liaison.visit.VisitEntity;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** What of this feature's records still refers to a record about to be deleted. */
@ApplicationScoped
class DutyTurnReferences {

    /** Features answer in the order of their layers, so a 409 lists the nearest references first. */
    void count(@Observes @Priority(900) ReferenceQuery query) {
        query.count(VisitEntity.class, "duty_turn_visit", "visit_id", "duty-turns", "轮值记录");
    }
}
