package cn.cppcc.liaison.activity;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.kernel.event.ReferenceQuery;
import cn.cppcc.liaison.member.MemberEntity;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** What of this feature's records still refers to a record about to be deleted. */
@ApplicationScoped
class ActivityReferences {

    /** Features answer in the order of their layers, so a 409 lists the nearest references first. */
    void count(@Observes @Priority(1300) ReferenceQuery query) {
        query.count(CommitteeEntity.class, "activity", "committee_id", "activities", "自选动作")
                .count(MemberEntity.class, "activity_member", "member_id", "activities", "自选动作（参加）");
    }
}
