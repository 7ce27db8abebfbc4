package cn.cppcc.liaison.proposal;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.kernel.event.ReferenceQuery;
import cn.cppcc.liaison.member.MemberEntity;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** What of this feature's records still refers to a record about to be deleted. */
@ApplicationScoped
class ProposalReferences {

    /** Features answer in the order of their layers, so a 409 lists the nearest references first. */
    void count(@Observes @Priority(1200) ReferenceQuery query) {
        query.count(CommitteeEntity.class, "proposal", "committee_id", "proposals", "提案")
                .count(MemberEntity.class, "proposal", "lead_member_id", "proposals", "提案（领衔）")
                .count(MemberEntity.class, "proposal_member", "member_id", "proposals", "提案（联名）");
    }
}
