package cn.cppcc.liaison.opinion;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.committee.CommitteeService;
import cn.cppcc.liaison.common.ApiProblem;
import cn.cppcc.liaison.common.Filter;
import cn.cppcc.liaison.common.PageParams;
import cn.cppcc.liaison.common.PageResult;
import cn.cppcc.liaison.common.References;
import cn.cppcc.liaison.common.Sorting;
import cn.cppcc.liaison.common.VersionedEntity;
import cn.cppcc.liaison.common.Versions;
import cn.cppcc.liaison.security.Caller;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Objects;

@ApplicationScoped
public class OpinionCategoryService {

    private static final Map<String, String> SORTABLE = Map.of("sortOrder", "sortOrder", "name", "name", "id", "id");

    @Inject
    References references;

    public PageResult<OpinionCategory> list(PageParams page, Long committeeId) {
        Filter filter = Caller.current().filter("committee.id").equal("committee.id", "committeeId", committeeId);
        Sort sort = Sorting.parse(page.sort, SORTABLE, "sortOrder").and("name").and("id");
        return PageResult.of(OpinionCategoryEntity.find(filter.query(), sort, filter.parameters()), page,
                OpinionCategory::of);
    }

    @Transactional
    public OpinionCategory create(OpinionCategoryFields fields) {
        OpinionCategoryEntity category = new OpinionCategoryEntity();
        category.committee = CommitteeService.referenced("committeeId", fields.committeeId());
        apply(category, fields);
        category.persistAndFlush();
        return OpinionCategory.of(category);
    }

    @Transactional
    public OpinionCategory update(long id, String ifMatch, OpinionCategoryFields fields) {
        OpinionCategoryEntity category = find(id);
        Versions.check("社情民意类别", category.version, Versions.expected(ifMatch, fields.version()));
        if (!Objects.equals(category.committee.id, fields.committeeId())) {
            throw ApiProblem.invalid("committeeId", "类别所属的政协不能更改");
        }
        apply(category, fields);
        OpinionCategoryEntity.flush();
        return OpinionCategory.of(category);
    }

    @Transactional
    public void delete(long id) {
        OpinionCategoryEntity category = find(id);
        references.check("社情民意类别", id).count("opinion", "category_id", "opinions", "社情民意").orThrow();
        category.delete();
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

    /** Removes a committee's categories with it, each audited like any delete. */
    @Transactional
    public void deleteAll(CommitteeEntity committee) {
        OpinionCategoryEntity.<OpinionCategoryEntity>list("committee.id", committee.id).forEach(c -> c.delete());
    }

    /** A category named in a request body: it must exist and belong to the opinion's committee. */
    static OpinionCategoryEntity referenced(String field, long id, long committeeId) {
        OpinionCategoryEntity category = VersionedEntity.referenced(OpinionCategoryEntity.findById(id), field,
                "社情民意类别", id);
        if (!category.committee.id.equals(committeeId)) {
            throw ApiProblem.invalid(field, "社情民意类别 " + id + " 不属于该政协");
        }
        return category;
    }

    private static OpinionCategoryEntity find(long id) {
        OpinionCategoryEntity category = VersionedEntity.found(OpinionCategoryEntity.findById(id), "社情民意类别", id);
        return Caller.current().visible(category, category.committee.id, "社情民意类别", id);
    }

    private static void apply(OpinionCategoryEntity category, OpinionCategoryFields fields) {
        String name = fields.name().strip();
        if (OpinionCategoryEntity.nameTaken(category.committee.id, name, category.id)) {
            throw ApiProblem.duplicate("name", "该政协已有名为“" + name + "”的社情民意类别");
        }
        category.name = name;
        category.sortOrder = fields.sortOrder() == null ? 0 : fields.sortOrder();
    }
}
