package cn.cppcc.liaison.consultation;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.kernel.event.ReferenceQuery;
import cn.cppcc.liaison.member.MemberEntity;
import cn.cppcc.liaison.platform.PlatformEntity;
import cn.cppcc.liaison.studio.StudioEntity;
import cn.cppcc.liaison.township.TownshipEntity;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** What of this feature's records still refers to a record about to be deleted. */
@ApplicationScoped
class ConsultationReferences {

    /** Features answer in the order of their layers, so a 409 lists the nearest references first. */
    void count(@Observes @Priority(1100) ReferenceQuery query) {
        query.count(CommitteeEntity.class, "consultation", "committee_id", "consultations", "协商活动")
                .count(TownshipEntity.class, "consultation", "township_id", "consultations", "协商活动")
                .count(PlatformEntity.class, "consultation", "platform_id", "consultations", "协商活动")
                .count(StudioEntity.class, "consultation", "studio_id", "consultations", "协商活动")
                .count(MemberEntity.class, "consultation_member", "member_id", "consultations", "协商活动（受邀）")
                .count(ConsultationEntity.class, "outcome", "consultation_id", "outcomes", "协商成果");
    }
}
