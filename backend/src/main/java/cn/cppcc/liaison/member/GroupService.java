package cn.cppcc.liaison.member;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.kernel.CommitteeRecord;
import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.FieldChecks;
import cn.cppcc.liaison.kernel.Filter;
import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.PageResult;
import cn.cppcc.liaison.kernel.References;
import cn.cppcc.liaison.kernel.Sorting;
import cn.cppcc.liaison.kernel.Text;
import cn.cppcc.liaison.kernel.Versions;
import cn.cppcc.liaison.sector.SectorEntity;
import cn.cppcc.liaison.sector.SectorService;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class GroupService {


    @Inject
    CallerContext callerContext;

    private static final Map<String, String> SORTABLE = Map.of("id", "id", "name", "name", "createdAt", "createdAt");

    @Inject
    References references;

    public PageResult<Group> list(PageParams page, Long committeeId, Long sectorId, String q) {
        Filter filter = callerContext.get().filter("committee.id")
                .equal("committee.id", "committeeId", committeeId)
                .equal("sector.id", "sectorId", sectorId)
                .contains("q", q, "name", "liaisonName");
        PanacheQuery<GroupEntity> query =
                GroupEntity.find(filter.query(), Sorting.parse(page.sort, SORTABLE, "id"), filter.parameters());
        List<GroupEntity> rows = query.page(Page.of(page.page - 1, page.size)).list();
        return new PageResult<>(withMemberCounts(rows), page.page, page.size, page.total(query::count));
    }

    public Group get(long id) {
        return withMemberCounts(List.of(find(id))).get(0);
    }

    @Transactional
    public Group create(GroupFields fields) {
        FieldChecks checks = new FieldChecks();
        CommitteeEntity committee = checks.read(
                () -> CommitteeEntity.referenced(callerContext.get(), "committeeId", fields.committeeId()));
        GroupEntity group = new GroupEntity();
        apply(group, committee, fields, checks);
        group.persistAndFlush();
        return Group.of(group, 0);
    }

    @Transactional
    public Group update(long id, String ifMatch, GroupFields fields) {
        GroupEntity group = find(id);
        callerContext.get().requireGroup(group.id, "修改");
        FieldChecks checks = new FieldChecks();
        Versions.checkUpdate("界别活动组", group, ifMatch, fields.committeeId(), checks);
        apply(group, group.committee, fields, checks);
        GroupEntity.flush();
        return withMemberCounts(List.of(group)).get(0);
    }

    @Transactional
    public void delete(long id) {
        references.delete("界别活动组", find(id));
    }

    /** A group named in a request body: it must exist and belong to the given committee. */
    public static GroupEntity referenced(String field, long id, long committeeId) {
        return CommitteeRecord.referenced(GroupEntity.findById(id), field, "界别活动组", id, committeeId);
    }

    /** Maps a page of groups with their member counts, counted for the whole page in one grouped query. */
    private List<Group> withMemberCounts(List<GroupEntity> groups) {
        Map<Long, Long> counts = MemberEntity.countByGroup(groups.stream().map(g -> g.id).toList());
        return groups.stream().map(g -> Group.of(g, counts.getOrDefault(g.id, 0L))).toList();
    }

    /** The record, or 404 when it does not exist or lies outside the caller's committee. */
    private GroupEntity find(long id) {
        return callerContext.visible(GroupEntity.findById(id), "界别活动组", id);
    }

    private void apply(GroupEntity group, CommitteeEntity committee, GroupFields fields, FieldChecks checks) {
        SectorEntity sector = fields.sectorId() == null || committee == null ? null
                : checks.read(() -> SectorService.referenced("sectorId", fields.sectorId(), committee.id));
        MemberEntity convenor = fields.convenorId() == null || committee == null ? null
                : checks.read(() -> convenor(fields.convenorId(), committee.id));
        checks.done();
        String name = fields.name().strip();
        if (GroupEntity.nameTaken(committee.id, name, group.id)) {
            throw ApiProblem.duplicate("name", "该政协已有名为“" + name + "”的界别活动组");
        }
        group.committee = committee;
        group.name = name;
        group.sector = sector;
        group.convenor = convenor;
        group.liaisonName = Text.blankToNull(fields.liaisonName());
        group.liaisonTitle = Text.blankToNull(fields.liaisonTitle());
    }

    /** A convenor leads the group's work, so only a member in office (在职) can be one. */
    private MemberEntity convenor(long memberId, long committeeId) {
        MemberEntity member = MemberService.referenced("convenorId", memberId, committeeId);
        if (member.status != MemberStatus.ACTIVE) {
            throw ApiProblem.invalid("convenorId",
                    "召集人须为在职委员，" + member.name + "当前状态为“" + member.status.label + "”");
        }
        return member;
    }

}
