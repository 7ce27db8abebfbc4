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
        if (query.is(CommitteeEntity.class)) {
            query.count("member_group", "committee_id", "groups", "界别活动组")
                    .count("member", "committee_id", "members", "委员");
        } else if (query.is(SectorEntity.class)) {
            query.count("member", "sector_id", "members", "委员")
                    .count("member_group", "sector_id", "groups", "界别活动组");
        } else if (query.is(TownshipEntity.class)) {
            query.count("member", "township_id", "members", "委员");
        } else if (query.is(GroupEntity.class)) {
            query.count("member", "group_id", "members", "委员");
        } else if (query.is(MemberEntity.class)) {
            query.count("member_group", "convenor_id", "groups", "界别活动组（任召集人）");
        }
    }
}
