package cn.cppcc.liaison.audit;

import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.PageResult;
import cn.cppcc.liaison.kernel.Problem;
import cn.cppcc.liaison.kernel.ProblemType;
import cn.cppcc.liaison.kernel.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Reads the audit trail: the roster's changes from the Envers tables, and the logged reads of personal data. */
@ApplicationScoped
public class AuditService {

    @Inject
    CallerContext callerContext;

    @Inject
    EntityManager em;

    @Inject
    AuditStates states;

    @Inject
    PersonalDataReads reads;

    /**
     * One page of changes in one statement: the audit tables as one union, joined to their revisions, filtered,
     * ordered and cut to the page; each UPDATE's previous version comes from a lateral look-up by primary key.
     */
    @SuppressWarnings("unchecked")
    public PageResult<AuditEvent> events(PageParams page, AuditRecordType type, Long recordId, String actor,
            Long committeeId, LocalDate from, LocalDate to) {
        List<AuditRecordType> types = type == null ? List.of(AuditRecordType.values()) : List.of(type);
        SqlFilter filter = new SqlFilter()
                .equal("e.record_id", "recordId", recordId)
                .equal("e.committee_id", "committeeId", committeeId)
                // An office bound to a committee sees that committee's trail only.
                .equal("e.committee_id", "scopeCommitteeId", callerContext.get().committeeId())
                .equal("r.actor", "actor", Text.blankToNull(actor))
                .period("r.at", checkedFrom(from, to), to);
        String changes = "(" + versions(types) + ") e join audit_revision r on r.id = e.rev where " + filter.sql();
        String direction = newestFirst(page.sort) ? " desc" : "";
        String sql = "select p.rev, p.at, p.actor, p.account_id, p.revtype, p.record_type, p.record_id,"
                + " p.committee_id, cast(p.state as text), cast(prev.state as text),"
                + " cast(" + lists(types, "p.rev", "p.revtype") + " as text),"
                + " cast(" + lists(types, "prev.rev", "1") + " as text)"
                + " from (select e.*, r.at, r.actor, r.account_id from " + changes
                + " order by e.rev" + direction + ", e.record_type, e.record_id limit :limit offset :offset) p"
                + " left join lateral (" + previousVersions(types) + " order by rev desc limit 1) prev on true"
                + " order by p.rev" + direction + ", p.record_type, p.record_id";
        List<Object[]> rows = filter.bind(em.createNativeQuery(sql))
                .setParameter("limit", page.size)
                .setParameter("offset", (page.page - 1) * page.size)
                .getResultList();
        long total = page.total(() -> ((Number) filter.bind(em.createNativeQuery("select count(*) from " + changes))
                .getSingleResult()).longValue());
        List<AuditEvent> events = rows.stream().map(states::event).toList();
        reads.record(AuditRecordType.MEMBER, committeeId != null ? committeeId : callerContext.get().committeeId(),
                states.membersWithPhone(events), "phone");
        return new PageResult<>(events, page.page, page.size, total);
    }

    @SuppressWarnings("unchecked")
    public PageResult<PersonalDataRead> reads(PageParams page, AuditRecordType type, Long recordId, String actor,
            LocalDate from, LocalDate to) {
        SqlFilter filter = new SqlFilter()
                .equal("record_type", "recordType", type == null ? null : type.name())
                // Containment, not = any(...), so the GIN index on record_ids serves it.
                .where("record_ids @> cast(array[:recordId] as bigint[])", "recordId", recordId)
                .equal("actor", "actor", Text.blankToNull(actor))
                .equal("committee_id", "scopeCommitteeId", callerContext.get().committeeId())
                .period("at", checkedFrom(from, to), to);
        String where = " from personal_data_read where " + filter.sql();
        List<PersonalDataReadEntity> rows = filter.bind(em.createNativeQuery(
                        "select *" + where + " order by id" + (newestFirst(page.sort) ? " desc" : "")
                                + " limit :limit offset :offset", PersonalDataReadEntity.class))
                .setParameter("limit", page.size)
                .setParameter("offset", (page.page - 1) * page.size)
                .getResultList();
        long total = page.total(() -> ((Number) filter.bind(em.createNativeQuery("select count(*)" + where))
                .getSingleResult()).longValue());
        return new PageResult<>(rows.stream().map(PersonalDataRead::of).toList(), page.page, page.size, total);
    }

    /** Every version of the records of the given types, each named by type, record and committee. */
    private String versions(List<AuditRecordType> types) {
        return types.stream()
                .map(t -> "select '" + t.name() + "' as record_type, a.id as record_id, " + t.committeeOf
                        + " as committee_id, a.rev, a.revtype, to_json(a) as state from " + t.auditTable + " a")
                .collect(Collectors.joining(" union all "));
    }

    /**
     * The member lists of the page's row {@code p} at revision {@code rev}, as one JSON object of API fields, for
     * the record types that have lists; null for the others. Runs for the page's rows only.
     */
    private String lists(List<AuditRecordType> types, String rev, String revtype) {
        String cases = types.stream().filter(t -> !t.lists.isEmpty())
                .map(t -> " when '" + t.name() + "' then json_build_object(" + t.lists.stream()
                        .map(l -> "'" + l.field() + "', " + l.asOf("p.record_id", rev, revtype))
                        .collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining());
        return cases.isEmpty() ? "null" : "(case when " + rev + " is null then null else case p.record_type" + cases
                + " end end)";
    }

    /** The version an UPDATE row {@code p} replaced: only its own table's branch runs. */
    private String previousVersions(List<AuditRecordType> types) {
        return types.stream()
                .map(t -> "select a.rev, to_json(a) as state from " + t.auditTable + " a where p.revtype = 1"
                        + " and p.record_type = '" + t.name() + "' and a.id = p.record_id and a.rev < p.rev")
                .collect(Collectors.joining(" union all "));
    }

    /** The trail reads newest first unless asked for {@code sort=at}; nothing else orders it. */
    private boolean newestFirst(String sort) {
        if (sort == null || sort.isBlank() || "-at".equals(sort)) {
            return true;
        }
        if ("at".equals(sort)) {
            return false;
        }
        throw new ApiProblem(ProblemType.VALIDATION, "不支持按 " + sort.replace("-", "") + " 排序",
                List.of(new Problem.FieldError("sort", "可选的排序：-at（最新在前，默认）、at（最早在前）")), null);
    }

    private LocalDate checkedFrom(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiProblem.invalid("to", "结束日期 " + to + " 不能早于开始日期 " + from);
        }
        return from;
    }
}
