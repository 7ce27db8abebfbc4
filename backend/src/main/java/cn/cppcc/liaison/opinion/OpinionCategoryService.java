package cn.cppcc.liaison.opinion;

import cn.cppcc.liaison.kernel.CommitteeRecord;
import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.Filter;
import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.PageResult;
import cn.cppcc.liaison.kernel.References;
import cn.cppcc.liaison.kernel.Sorting;
import cn.cppcc.liaison.kernel.Versions;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import cn.cppcc.liaison.kernel.event.CommitteeCreated;
import cn.cppcc.liaison.kernel.event.CommitteeDeleting;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;

@ApplicationScoped
public class OpinionCategoryService {


    @Inject
    CallerContext callerContext;

    private static final Map<String, String> SORTABLE = Map.of("sortOrder", "sortOrder", "name", "name", "id", "id");

    @Inject
    References references;

    public PageResult<OpinionCategory> list(PageParams page, Long committeeId) {
        Filter filter = callerContext.get().filter("committee.id").equal("committee.id", "committeeId", committeeId);
        Sort sort = Sorting.parse(page.sort, SORTABLE, "sortOrder").and("name").and("id");
        return PageResult.of(OpinionCategoryEntity.find(filter.query(), sort, filter.parameters()), page,
                OpinionCategory::of);
    }

    @Transactional
    public OpinionCategory create(OpinionCategoryFields fields) {
        OpinionCategoryEntity category = new OpinionCategoryEntity();
        category.committee = CommitteeEntity.referenced(callerContext.get(), "committeeId", fields.committeeId());
        apply(category, fields);
        category.persistAndFlush();
        return OpinionCategory.of(category);
    }

    @Transactional
    public OpinionCategory update(long id, String ifMatch, OpinionCategoryFields fields) {
        OpinionCategoryEntity category = find(id);
        Versions.checkUpdate("社情民意类别", category, ifMatch, fields.committeeId());
        apply(category, fields);
        OpinionCategoryEntity.flush();
        return OpinionCategory.of(category);
    }

    @Transactional
    public void delete(long id) {
        references.delete("社情民意类别", find(id));
    }

    /** Gives a new committee the usual categories, so its members can record opinions at once. */
    @Transactional
    public void addDefaults(CommitteeEntity committee) {
        for (int i = 0; i < OpinionCategoryEntity.DEFAULTS.size(); i++) {
            OpinionCategoryEntity category = new OpinionCategoryEntity();
            category.committee = committee;
            category.name = OpinionCategoryEntity.DEFAULTS.get(i);
            category.sortOrder = i == OpinionCategoryEntity.DEFAULTS.size() - 1 ? 100 : (i + 1) * 10;
            category.persist();
        }
    }

    /** A new committee starts with the default categories, in the transaction that created it. */
    void onCommitteeCreated(@Observes CommitteeCreated created) {
        addDefaults(CommitteeEntity.findById(created.committeeId()));
    }

    /** A committee's categories go with it, each audited like any delete: nothing refers to them once no opinion does. */
    void onCommitteeDeleting(@Observes CommitteeDeleting deleting) {
        OpinionCategoryEntity.<OpinionCategoryEntity>list("committee.id", deleting.committeeId()).forEach(c -> c.delete());
    }

    /** A category named in a request body: it must exist and belong to the opinion's committee. */
    static OpinionCategoryEntity referenced(String field, long id, long committeeId) {
        return CommitteeRecord.referenced(OpinionCategoryEntity.findById(id), field, "社情民意类别", id, committeeId);
    }

    private OpinionCategoryEntity find(long id) {
        return callerContext.visible(OpinionCategoryEntity.findById(id), "社情民意类别", id);
    }

    private void apply(OpinionCategoryEntity category, OpinionCategoryFields fields) {
        String name = fields.name().strip();
        if (OpinionCategoryEntity.nameTaken(category.committee.id, name, category.id)) {
            throw ApiProblem.duplicate("name", "该政协已有名为“" + name + "”的社情民意类别");
        }
        category.name = name;
        category.sortOrder = fields.sortOrder() == null ? 0 : fields.sortOrder();
    }
}
