package cn.cppcc.liaison.security;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.kernel.event.ReferenceQuery;
import cn.cppcc.liaison.member.GroupEntity;
import cn.cppcc.liaison.member.MemberEntity;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** What of this feature's records still refers to a record about to be deleted. */
@ApplicationScoped
class AccountReferences {

    /** Features answer in the order of their layers, so a 409 lists the nearest references first. */
    void count(@Observes @Priority(1400) ReferenceQuery query) {
        query.count(CommitteeEntity.class, "account", "committee_id", "accounts", "账号")
                .count(CommitteeEntity.class, "api_token", "committee_id", "revoked_at is null", "api-tokens",
                        "未吊销的 API 令牌")
                .count(GroupEntity.class, "account", "group_id", "accounts", "账号（负责该组）")
                .count(MemberEntity.class, "account", "member_id", "accounts", "账号（关联该委员）");
    }
}
