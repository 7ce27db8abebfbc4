package cn.cppcc.liaison.committee;

import cn.cppcc.liaison.common.ApiProblem;
import cn.cppcc.liaison.common.Filter;
import cn.cppcc.liaison.common.PageParams;
import cn.cppcc.liaison.common.PageResult;
import cn.cppcc.liaison.common.References;
import cn.cppcc.liaison.opinion.OpinionCategoryService;
import cn.cppcc.liaison.common.Sorting;
import cn.cppcc.liaison.common.VersionedEntity;
import cn.cppcc.liaison.common.Versions;
import cn.cppcc.liaison.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;

@ApplicationScoped
public class CommitteeService {

    private static final Map<String, String> SORTABLE = Map.of(
            "id", "id", "name", "name", "termNumber", "termNumber", "termStart", "termStart", "createdAt", "createdAt");

    @Inject
    References references;

    @Inject
    OpinionCategoryService categories;

    public PageResult<Committee> list(PageParams page, Long parentId, String q) {
        Filter filter = Caller.current().filter("id")
                .equal("parent.id", "parentId", parentId)
                .contains("q", q, "name", "region");
        return PageResult.of(
                CommitteeEntity.find(filter.query(), Sorting.parse(page.sort, SORTABLE, "id"), filter.parameters()),
                page, Committee::of);
    }

    public Committee get(long id) {
        return Committee.of(find(id));
    }

    @Transactional
    public Committee create(CommitteeFields fields) {
        CommitteeEntity committee = new CommitteeEntity();
        apply(committee, fields);
        committee.persistAndFlush();
        categories.addDefaults(committee);
        return Committee.of(committee);
    }

    @Transactional
    public Committee update(long id, String ifMatch, CommitteeFields fields) {
        CommitteeEntity committee = find(id);
        Versions.check("政协", committee.version, Versions.expected(ifMatch, fields.version()));
        apply(committee, fields);
        CommitteeEntity.flush();
        return Committee.of(committee);
    }

    @Transactional
    public void delete(long id) {
        CommitteeEntity committee = find(id);
        references.check("政协", id)
                .count("committee", "parent_id", "committees", "下级政协")
                .count("sector", "committee_id", "sectors", "界别")
                .count("township", "committee_id", "townships", "乡镇（街道）")
                .count("platform", "committee_id", "platforms", "联系平台")
                .count("member_group", "committee_id", "groups", "界别活动组")
                .count("member", "committee_id", "members", "委员")
                .count("studio", "committee_id", "studios", "委员工作室")
                .count("visit", "committee_id", "visits", "接待走访")
                .count("account", "committee_id", "accounts", "账号")
                .count("opinion", "committee_id", "opinions", "社情民意")
                .count("consultation", "committee_id", "consultations", "协商活动")
                .count("opinion", "forwarded_to_id", "opinions", "下级政协报送的社情民意")
                .count("proposal", "committee_id", "proposals", "提案")
                .count("activity", "committee_id", "activities", "自选动作")
                // Revoked tokens go with the committee (on delete cascade); live ones must be revoked first.
                .count("api_token", "committee_id", "revoked_at is null", "api-tokens", "未吊销的 API 令牌")
                .orThrow();
        // Its opinion categories go with it: nothing refers to them once no opinion does.
        categories.deleteAll(committee);
        committee.delete();
    }

    /** Looks up a committee a request refers to in its body; a wrong id is the client's input error. */
    public static CommitteeEntity referenced(String field, long id) {
        return Caller.current().referenced(CommitteeEntity.<CommitteeEntity>findById(id), c -> c.id, field, "政协", id);
    }

    /** The record, or 404 when it does not exist or lies outside the caller's committee. */
    private static CommitteeEntity find(long id) {
        CommitteeEntity committee = VersionedEntity.found(CommitteeEntity.findById(id), "政协", id);
        return Caller.current().visible(committee, committee.id, "政协", id);
    }

    private static void apply(CommitteeEntity committee, CommitteeFields fields) {
        String name = fields.name().strip();
        if (CommitteeEntity.nameTaken(name, committee.id)) {
            throw ApiProblem.duplicate("name", "已有名为“" + name + "”的政协");
        }
        if (fields.termEnd() != null && fields.termEnd().isBefore(fields.termStart())) {
            throw ApiProblem.invalid("termEnd", "本届结束日期不能早于开始日期");
        }
        CommitteeEntity parent = fields.parentId() == null ? null : referenced("parentId", fields.parentId());
        if (parent != null && committee.id != null && committee.isAncestorOf(parent)) {
            throw ApiProblem.invalid("parentId", "上级政协不能是本政协或其下级");
        }
        committee.name = name;
        committee.region = fields.region().strip();
        committee.termNumber = fields.termNumber().shortValue();
        committee.termStart = fields.termStart();
        committee.termEnd = fields.termEnd();
        committee.parent = parent;
    }
}
