package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.kernel.event.ReferenceQuery;
import cn.cppcc.liaison.member.MemberEntity;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** What of the evaluation still refers to a record about to be deleted: a member's awards and scores. */
@ApplicationScoped
class EvaluationReferences {

    void count(@Observes @Priority(1500) ReferenceQuery query) {
        query.count(CommitteeEntity.class, "evaluation_rules", "committee_id", "evaluation-rules", "考评细则")
                .count(CommitteeEntity.class, "evaluation_year", "committee_id", "evaluations", "年度考评")
                .count(CommitteeEntity.class, "award", "committee_id", "awards", "表彰")
                .count(MemberEntity.class, "award", "member_id", "awards", "表彰")
                .count(MemberEntity.class, "evaluation_score", "member_id", "evaluations", "考评结果");
    }
}
