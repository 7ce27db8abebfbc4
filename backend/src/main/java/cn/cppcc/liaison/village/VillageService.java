package cn.cppcc.liaison.village;

import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.FieldChecks;
import cn.cppcc.liaison.kernel.Filter;
import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.PageResult;
import cn.cppcc.liaison.kernel.References;
import cn.cppcc.liaison.kernel.Sorting;
import cn.cppcc.liaison.kernel.VersionedEntity;
import cn.cppcc.liaison.kernel.Versions;
import cn.cppcc.liaison.township.TownshipEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Objects;

@ApplicationScoped
public class VillageService {

    @Inject
    CallerContext callerContext;

    @Inject
    References references;

    private static final Map<String, String> SORTABLE = Map.of(
            "id", "id", "name", "name", "kind", "kind", "createdAt", "createdAt");

    public PageResult<Village> list(PageParams page, Long townshipId, Long committeeId, VillageKind kind, String q) {
        Filter filter = callerContext.get().filter("township.committee.id")
                .equal("township.id", "townshipId", townshipId)
                .equal("township.committee.id", "committeeId", committeeId)
                .equal("kind", "kind", kind)
                .contains("q", q, "name");
        return PageResult.of(
                VillageEntity.find(filter.query(), Sorting.parse(page.sort, SORTABLE, "id"), filter.parameters()),
                page, Village::of);
    }

    public Village get(long id) {
        return Village.of(find(id));
    }

    @Transactional
    public Village create(VillageFields fields) {
        FieldChecks checks = new FieldChecks();
        TownshipEntity township = checks.read(() -> callerContext.get().referenced(
                TownshipEntity.<TownshipEntity>findById(fields.townshipId()), t -> t.committee.id, "townshipId",
                "乡镇（街道）", fields.townshipId()));
        VillageEntity village = new VillageEntity();
        apply(village, township, fields, checks);
        village.persistAndFlush();
        return Village.of(village);
    }

    @Transactional
    public Village update(long id, String ifMatch, VillageFields fields) {
        VillageEntity village = find(id);
        Versions.check("村（社区）", village.version, Versions.expected(ifMatch));
        FieldChecks checks = new FieldChecks().check(!Objects.equals(village.township.id, fields.townshipId()),
                "townshipId", "村（社区）所属的乡镇（街道）不能更改");
        apply(village, village.township, fields, checks);
        VillageEntity.flush();
        return Village.of(village);
    }

    @Transactional
    public void delete(long id) {
        references.delete("村（社区）", find(id));
    }

    /** A village named in a request body: it must exist and lie in the given township. */
    public static VillageEntity referenced(String field, long id, TownshipEntity township) {
        VillageEntity village = VersionedEntity.referenced(VillageEntity.findById(id), field, "村（社区）", id);
        if (!village.township.id.equals(township.id)) {
            throw ApiProblem.invalid(field, "村（社区）" + village.name + "不在" + township.name);
        }
        return village;
    }

    /** The record, or 404 when it does not exist or lies outside the caller's committee. */
    private VillageEntity find(long id) {
        return callerContext.visible(VillageEntity.findById(id), "村（社区）", id);
    }

    private void apply(VillageEntity village, TownshipEntity township, VillageFields fields, FieldChecks checks) {
        checks.done();
        String name = fields.name().strip();
        if (VillageEntity.nameTaken(township.id, name, village.id)) {
            throw ApiProblem.duplicate("name", township.name + "已有名为“" + name + "”的村（社区）");
        }
        village.township = township;
        village.name = name;
        village.kind = fields.kind();
    }
}
