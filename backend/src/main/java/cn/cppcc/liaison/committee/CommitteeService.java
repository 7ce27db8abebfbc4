package cn.cppcc.liaison.committee;

import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.FieldChecks;
import cn.cppcc.liaison.kernel.Filter;
import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.PageResult;
import cn.cppcc.liaison.kernel.References;
import cn.cppcc.liaison.kernel.Sorting;
import cn.cppcc.liaison.kernel.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import cn.cppcc.liaison.kernel.event.CommitteeCreated;
import cn.cppcc.liaison.kernel.event.CommitteeDeleting;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;

@ApplicationScoped
public class CommitteeService {

    @Inject
    CallerContext callerContext;

    private static final Map<String, String> SORTABLE = Map.of(
            "id", "id", "name", "name", "termNumber", "termNumber", "termStart", "termStart", "createdAt", "createdAt");

    @Inject
    References references;

    @Inject
    Event<CommitteeCreated> created;

    @Inject
    Event<CommitteeDeleting> deleting;

    public PageResult<Committee> list(PageParams page, Long parentId, String q) {
        Filter filter = callerContext.get().filter("id")
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
        created.fire(new CommitteeCreated(committee.id));
        return Committee.of(committee);
    }

    @Transactional
    public Committee update(long id, String ifMatch, CommitteeFields fields) {
        CommitteeEntity committee = find(id);
        Versions.check("政协", committee.version, Versions.expected(ifMatch));
        apply(committee, fields);
        CommitteeEntity.flush();
        return Committee.of(committee);
    }

    @Transactional
    public void delete(long id) {
        CommitteeEntity committee = find(id);
        references.requireUnused("政协", CommitteeEntity.class, id);
        deleting.fire(new CommitteeDeleting(id));
        committee.delete();
    }

    /** Looks up a committee a request refers to in its body; a wrong id is the client's input error. */
    public CommitteeEntity referenced(String field, long id) {
        return CommitteeEntity.referenced(callerContext.get(), field, id);
    }

    /** The record, or 404 when it does not exist or lies outside the caller's committee. */
    private CommitteeEntity find(long id) {
        return callerContext.visible(CommitteeEntity.findById(id), "政协", id);
    }

    private void apply(CommitteeEntity committee, CommitteeFields fields) {
        FieldChecks checks = new FieldChecks().check(fields.termEnd() != null
                && fields.termEnd().isBefore(fields.termStart()), "termEnd", "本届结束日期不能早于开始日期");
        CommitteeEntity parent = fields.parentId() == null ? null
                : checks.read(() -> referenced("parentId", fields.parentId()));
        checks.check(parent != null && committee.id != null && committee.isAncestorOf(parent), "parentId",
                "上级政协不能是本政协或其下级");
        checks.done();
        String name = fields.name().strip();
        if (CommitteeEntity.nameTaken(name, committee.id)) {
            throw ApiProblem.duplicate("name", "已有名为“" + name + "”的政协");
        }
        committee.name = name;
        committee.region = fields.region().strip();
        committee.termNumber = fields.termNumber().shortValue();
        committee.termStart = fields.termStart();
        committee.termEnd = fields.termEnd();
        committee.parent = parent;
    }
}
