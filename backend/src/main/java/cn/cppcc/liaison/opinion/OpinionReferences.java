package cn.cppcc.liaison.opinion;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.duty.DutyTurnEntity;
import cn.cppcc.liaison.kernel.event.ReferenceQuery;
import cn.cppcc.liaison.member.MemberEntity;
import cn.cppcc.liaison.studio.StudioEntity;
import cn.cppcc.liaison.township.TownshipEntity;
import cn.cppcc.liaison.village.VillageEntity;
import cn.cppcc.liaison.visit.VisitEntity;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** What of this feature's records still refers to a record about to be deleted. */
@ApplicationScoped
class OpinionReferences {

    /** Features answer in the order of their layers, so a 409 lists the nearest references first. */
    void count(@Observes @Priority(1000) ReferenceQuery query) {
        query.count(CommitteeEntity.class, "opinion", "committee_id", "opinions", "社情民意")
                .count(CommitteeEntity.class, "opinion", "forwarded_to_id", "opinions", "下级政协报送的社情民意")
                .count(TownshipEntity.class, "opinion", "township_id", "opinions", "社情民意")
                .count(VillageEntity.class, "opinion", "village_id", "opinions", "社情民意")
                .count(StudioEntity.class, "opinion", "studio_id", "opinions", "社情民意（来源）")
                .count(MemberEntity.class, "opinion_member", "member_id", "opinions", "社情民意（提交）")
                .count(VisitEntity.class, "opinion", "visit_id", "opinions", "社情民意（来源）")
                .count(DutyTurnEntity.class, "opinion", "duty_turn_id", "opinions", "社情民意（来源）")
                .count(OpinionCategoryEntity.class, "opinion", "category_id", "opinions", "社情民意");
    }
}
