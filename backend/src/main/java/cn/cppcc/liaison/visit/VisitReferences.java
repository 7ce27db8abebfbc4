package cn.cppcc.liaison.visit;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.kernel.event.ReferenceQuery;
import cn.cppcc.liaison.member.MemberEntity;
import cn.cppcc.liaison.platform.PlatformEntity;
import cn.cppcc.liaison.studio.StudioEntity;
import cn.cppcc.liaison.township.TownshipEntity;
import cn.cppcc.liaison.village.VillageEntity;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** What of this feature's records still refers to a record about to be deleted. */
@ApplicationScoped
class VisitReferences {

    /** Features answer in the order of their layers, so a 409 lists the nearest references first. */
    void count(@Observes @Priority(800) ReferenceQuery query) {
        query.count(CommitteeEntity.class, "visit", "committee_id", "visits", "接待走访")
                .count(TownshipEntity.class, "visit", "township_id", "visits", "接待走访")
                .count(VillageEntity.class, "visit", "village_id", "visits", "接待走访")
                .count(PlatformEntity.class, "visit", "platform_id", "visits", "接待走访")
                .count(StudioEntity.class, "visit", "studio_id", "visits", "接待走访")
                .count(MemberEntity.class, "visit_member", "member_id", "visits", "接待走访（参加）");
    }
}
