package cn.cppcc.liaison.sector;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.kernel.CommitteeRecord;
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
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;

@ApplicationScoped
public class SectorService {


    @Inject
    CallerContext callerContext;

    private static final Map<String, String> SORTABLE = Map.of(
            "id", "id", "name", "name", "sortOrder", "sortOrder", "createdAt", "createdAt");

    @Inject
    References references;

    public PageResult<Sector> list(PageParams page, Long committeeId, String q) {
        Filter filter = callerContext.get().filter("committee.id")
                .equal("committee.id", "committeeId", committeeId).contains("q", q, "name");
        return PageResult.of(
                SectorEntity.find(filter.query(), Sorting.parse(page.sort, SORTABLE, "sortOrder"), filter.parameters()),
                page, Sector::of);
    }

    public Sector get(long id) {
        return Sector.of(find(id));
    }

    @Transactional
    public Sector create(SectorFields fields) {
        FieldChecks checks = new FieldChecks();
        CommitteeEntity committee = checks.read(
                () -> CommitteeEntity.referenced(callerContext.get(), "committeeId", fields.committeeId()));
        SectorEntity sector = new SectorEntity();
        apply(sector, committee, fields, checks);
        sector.persistAndFlush();
        return Sector.of(sector);
    }

    @Transactional
    public Sector update(long id, String ifMatch, SectorFields fields) {
        SectorEntity sector = find(id);
        FieldChecks checks = new FieldChecks();
        Versions.checkUpdate("界别", sector, ifMatch, fields.committeeId(), checks);
        apply(sector, sector.committee, fields, checks);
        SectorEntity.flush();
        return Sector.of(sector);
    }

    @Transactional
    public void delete(long id) {
        references.delete("界别", find(id));
    }

    /** A sector named in a request body: it must exist and belong to the given committee. */
    public static SectorEntity referenced(String field, long id, long committeeId) {
        return CommitteeRecord.referenced(SectorEntity.findById(id), field, "界别", id, committeeId);
    }

    /** The record, or 404 when it does not exist or lies outside the caller's committee. */
    private SectorEntity find(long id) {
        return callerContext.visible(SectorEntity.findById(id), "界别", id);
    }

    private void apply(SectorEntity sector, CommitteeEntity committee, SectorFields fields, FieldChecks checks) {
        checks.done();
        String name = fields.name().strip();
        if (SectorEntity.nameTaken(committee.id, name, sector.id)) {
            throw ApiProblem.duplicate("name", "该政协已有名为“" + name + "”的界别");
        }
        sector.committee = committee;
        sector.name = name;
        sector.sortOrder = fields.sortOrder() == null ? 0 : fields.sortOrder();
    }
}
