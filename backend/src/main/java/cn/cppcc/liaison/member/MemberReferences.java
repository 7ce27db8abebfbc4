package cn.cppcc.liaison.member;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.kernel.event.ReferenceQuery;
import cn.cppcc.liaison.sector.SectorEntity;
import cn.cppcc.liaison.township.TownshipEntity;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** What of this feature's records still refers to a record about to be deleted. */
@ApplicationScoped
class MemberReferences {

    /** Features answer in the order of their layers, so a 409 lists the nearest references first. */
    void count(@Observes @Priority(600) ReferenceQuery query) {
        query.count(CommitteeEntity.class, "member_group", "committee_id", "groups", "界别活动组")
                .count(CommitteeEntity.class, "member", "committee_id", "members", "委员")
                .count(SectorEntity.class, "member", "sector_id", "members", "委员")
                .count(SectorEntity.class, "member_group", "sector_id", "groups", "界别活动组")
                .count(TownshipEntity.class, "member", "township_id", "members", "委员")
                .count(GroupEntity.class, "member", "group_id", "members", "委员")
                .count(MemberEntity.class, "member_group", "convenor_id", "groups", "界别活动组（任召集人）");
    }
}
