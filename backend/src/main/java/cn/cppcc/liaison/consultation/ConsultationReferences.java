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
        if (query.is(CommitteeEntity.class)) {
            query.count("consultation", "committee_id", "consultations", "协商活动");
        } else if (query.is(TownshipEntity.class)) {
            query.count("consultation", "township_id", "consultations", "协商活动");
        } else if (query.is(PlatformEntity.class)) {
            query.count("consultation", "platform_id", "consultations", "协商活动");
        } else if (query.is(StudioEntity.class)) {
            query.count("consultation", "studio_id", "consultations", "协商活动");
        } else if (query.is(MemberEntity.class)) {
            query.count("consultation_member", "member_id", "consultations", "协商活动（受邀）");
        } else if (query.is(ConsultationEntity.class)) {
            query.count("outcome", "consultation_id", "outcomes", "协商成果");
        }
    }
}
