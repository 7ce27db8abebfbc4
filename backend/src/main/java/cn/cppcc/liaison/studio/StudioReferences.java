package cn.cppcc.liaison.studio;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.kernel.event.ReferenceQuery;
import cn.cppcc.liaison.member.MemberEntity;
import cn.cppcc.liaison.platform.PlatformEntity;
import cn.cppcc.liaison.township.TownshipEntity;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** What of this feature's records still refers to a record about to be deleted. */
@ApplicationScoped
class StudioReferences {

    /** Features answer in the order of their layers, so a 409 lists the nearest references first. */
    void count(@Observes @Priority(700) ReferenceQuery query) {
        if (query.is(CommitteeEntity.class)) {
            query.count("studio", "committee_id", "studios", "委员工作室");
        } else if (query.is(TownshipEntity.class)) {
            query.count("studio", "township_id", "studios", "委员工作室");
        } else if (query.is(PlatformEntity.class)) {
            query.count("studio", "platform_id", "studios", "委员工作室");
        } else if (query.is(MemberEntity.class)) {
            query.count("studio_member", "member_id", "studios", "委员工作室（驻室委员）");
        }
    }
}
