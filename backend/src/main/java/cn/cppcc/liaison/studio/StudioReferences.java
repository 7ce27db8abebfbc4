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
        query.count(CommitteeEntity.class, "studio", "committee_id", "studios", "委员工作室")
                .count(TownshipEntity.class, "studio", "township_id", "studios", "委员工作室")
                .count(PlatformEntity.class, "studio", "platform_id", "studios", "委员工作室")
                .count(MemberEntity.class, "studio_member", "member_id", "studios", "委员工作室（驻室委员）");
    }
}
