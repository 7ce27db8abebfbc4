package cn.cppcc.liaison.platform;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.FieldChecks;
import cn.cppcc.liaison.kernel.Filter;
import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.PageResult;
import cn.cppcc.liaison.kernel.References;
import cn.cppcc.liaison.kernel.Sorting;
import cn.cppcc.liaison.kernel.Text;
import cn.cppcc.liaison.kernel.VersionedEntity;
import cn.cppcc.liaison.kernel.Versions;
import cn.cppcc.liaison.township.TownshipEntity;
import cn.cppcc.liaison.township.TownshipService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;

@ApplicationScoped
public class PlatformService {


    @Inject
    CallerContext callerContext;

    @Inject
    References references;

    private static final Map<String, String> SORTABLE = Map.of(
            "id", "id", "name", "name", "createdAt", "createdAt");

    public PageResult<Platform> list(PageParams page, Long committeeId, Long townshipId, String q) {
        Filter filter = callerContext.get().filter("committee.id")
                .equal("committee.id", "committeeId", committeeId)
                .equal("township.id", "townshipId", townshipId)
                .contains("q", q, "name", "address");
        return PageResult.of(
                PlatformEntity.find(filter.query(), Sorting.parse(page.sort, SORTABLE, "id"), filter.parameters()),
                page, Platform::of);
    }

    public Platform get(long id) {
        return Platform.of(find(id));
    }

    @Transactional
    public Platform create(PlatformFields fields) {
        FieldChecks checks = new FieldChecks();
        CommitteeEntity committee = checks.read(
                () -> CommitteeEntity.referenced(callerContext.get(), "committeeId", fields.committeeId()));
        PlatformEntity platform = new PlatformEntity();
        apply(platform, committee, fields, checks);
        platform.persistAndFlush();
        return Platform.of(platform);
    }

    @Transactional
    public Platform update(long id, String ifMatch, PlatformFields fields) {
        PlatformEntity platform = find(id);
        FieldChecks checks = new FieldChecks();
        Versions.checkUpdate("联系平台", platform, ifMatch, fields.committeeId(), checks);
        apply(platform, platform.committee, fields, checks);
        PlatformEntity.flush();
        return Platform.of(platform);
    }

    @Transactional
    public void delete(long id) {
        references.delete("联系平台", find(id));
    }

    /** A platform named in a request body: it must exist and belong to the given township. */
    public static PlatformEntity referenced(String field, long id, TownshipEntity township) {
        PlatformEntity platform = VersionedEntity.referenced(PlatformEntity.findById(id), field, "联系平台", id);
        if (!platform.township.id.equals(township.id)) {
            throw ApiProblem.invalid(field, "联系平台“" + platform.name + "”不在" + township.name);
        }
        return platform;
    }

    /** The record, or 404 when it does not exist or lies outside the caller's committee. */
    private PlatformEntity find(long id) {
        return callerContext.visible(PlatformEntity.findById(id), "联系平台", id);
    }

    private void apply(PlatformEntity platform, CommitteeEntity committee, PlatformFields fields,
            FieldChecks checks) {
        TownshipEntity township = committee == null ? null
                : checks.read(() -> TownshipService.referenced("townshipId", fields.townshipId(), committee.id));
        checks.done();
        String name = fields.name().strip();
        if (PlatformEntity.nameTaken(committee.id, name, platform.id)) {
            throw ApiProblem.duplicate("name", "该政协已有名为“" + name + "”的联系平台");
        }
        platform.committee = committee;
        platform.township = township;
        platform.name = name;
        platform.address = Text.blankToNull(fields.address());
        platform.description = Text.blankToNull(fields.description());
    }

}
