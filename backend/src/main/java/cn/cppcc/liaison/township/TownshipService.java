package cn.cppcc.liaison.township;

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
public class TownshipService {


    @Inject
    CallerContext callerContext;

    private static final Map<String, String> SORTABLE = Map.of(
            "id", "id", "name", "name", "kind", "kind", "createdAt", "createdAt");

    @Inject
    References references;

    public PageResult<Township> list(PageParams page, Long committeeId, TownshipKind kind, String q) {
        Filter filter = callerContext.get().filter("committee.id")
                .equal("committee.id", "committeeId", committeeId)
                .equal("kind", "kind", kind).contains("q", q, "name");
        return PageResult.of(
                TownshipEntity.find(filter.query(), Sorting.parse(page.sort, SORTABLE, "id"), filter.parameters()),
                page, Township::of);
    }

    public Township get(long id) {
        return Township.of(find(id));
    }

    @Transactional
    public Township create(TownshipFields fields) {
        FieldChecks checks = new FieldChecks();
        CommitteeEntity committee = checks.read(
                () -> CommitteeEntity.referenced(callerContext.get(), "committeeId", fields.committeeId()));
        TownshipEntity township = new TownshipEntity();
        apply(township, committee, fields, checks);
        township.persistAndFlush();
        return Township.of(township);
    }

    @Transactional
    public Township update(long id, String ifMatch, TownshipFields fields) {
        TownshipEntity township = find(id);
        FieldChecks checks = new FieldChecks();
        Versions.checkUpdate("乡镇（街道）", township, ifMatch, fields.committeeId(), checks);
        apply(township, township.committee, fields, checks);
        TownshipEntity.flush();
        return Township.of(township);
    }

    @Transactional
    public void delete(long id) {
        references.delete("乡镇（街道）", find(id));
    }

    /** A township named in a request body: it must exist and belong to the given committee. */
    public static TownshipEntity referenced(String field, long id, long committeeId) {
        return CommitteeRecord.referenced(TownshipEntity.findById(id), field, "乡镇（街道）", id, committeeId);
    }

    /** The record, or 404 when it does not exist or lies outside the caller's committee. */
    private TownshipEntity find(long id) {
        return callerContext.visible(TownshipEntity.findById(id), "乡镇（街道）", id);
    }

    private void apply(TownshipEntity township, CommitteeEntity committee, TownshipFields fields,
            FieldChecks checks) {
        checks.done();
        String name = fields.name().strip();
        if (TownshipEntity.nameTaken(committee.id, name, township.id)) {
            throw ApiProblem.duplicate("name", "该政协已有名为“" + name + "”的乡镇（街道）");
        }
        township.committee = committee;
        township.name = name;
        township.kind = fields.kind();
    }
}
