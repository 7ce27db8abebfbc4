package cn.cppcc.liaison.memberimport;

import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.member.GroupEntity;
import cn.cppcc.liaison.member.Gender;
import cn.cppcc.liaison.member.MemberEntity;
import cn.cppcc.liaison.member.MemberFields;
import cn.cppcc.liaison.member.MemberService;
import cn.cppcc.liaison.sector.SectorEntity;
import cn.cppcc.liaison.township.TownshipEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports a term's roster: every row is read, checked by the same rules as a member created through the API,
 * and either all rows are stored or none.
 */
@ApplicationScoped
public class MemberImportService {

    @Inject
    CallerContext callerContext;


    /** Which column of the file a rule about a member field speaks of. */
    private static final Map<String, RosterColumn> COLUMN_OF = Map.ofEntries(
            Map.entry("name", RosterColumn.NAME), Map.entry("gender", RosterColumn.GENDER),
            Map.entry("birthYear", RosterColumn.BIRTH_YEAR), Map.entry("ethnicity", RosterColumn.ETHNICITY),
            Map.entry("party", RosterColumn.PARTY), Map.entry("sectorId", RosterColumn.SECTOR),
            Map.entry("groupId", RosterColumn.GROUP), Map.entry("townshipId", RosterColumn.TOWNSHIP),
            Map.entry("employer", RosterColumn.EMPLOYER), Map.entry("jobTitle", RosterColumn.JOB_TITLE),
            Map.entry("phone", RosterColumn.PHONE), Map.entry("termStart", RosterColumn.TERM_START),
            Map.entry("termEnd", RosterColumn.TERM_END));

    @Inject
    MemberService members;

    @Inject
    Validator validator;

    @Transactional
    public MemberImportReport importMembers(long committeeId, boolean dryRun, String contentType, byte[] file) {
        CommitteeEntity committee = CommitteeEntity.referenced(callerContext.get(), "committeeId", committeeId);
        RosterSheet sheet = RosterFile.read(contentType, file);
        RosterHeader header = RosterHeader.locate(sheet);
        List<RosterRow> rows = header.rows(sheet);
        if (rows.isEmpty()) {
            throw ApiProblem.invalid("body", "第 " + header.row() + " 行表头下面没有委员数据");
        }
        Lookups lookups = new Lookups(committee);
        RowErrors errors = new RowErrors();
        List<MemberEntity> accepted = new ArrayList<>();
        for (RosterRow row : rows) {
            checkRow(committee, row, lookups, errors).ifPresent(accepted::add);
        }
        int valid = rows.size() - errors.badRows();
        if (!dryRun && !errors.isEmpty()) {
            throw ApiProblem.importRejected("共 " + rows.size() + " 行，其中 " + errors.badRows()
                    + " 行有误，未导入任何委员；请按 rows 中的行号和列名改正后重新导入", errors.listed());
        }
        if (!dryRun) {
            MemberEntity.persist(accepted);
            MemberEntity.flush();
        }
        return new MemberImportReport(dryRun, committee.id, rows.size(), valid, dryRun ? 0 : accepted.size(),
                errors.listed());
    }

    /** The member a row describes, or nothing when the row has errors (recorded in {@code errors}). */
    private Optional<MemberEntity> checkRow(CommitteeEntity committee, RosterRow row, Lookups lookups,
            RowErrors errors) {
        MemberDraft draft = MemberDraft.read(row, errors);
        Long sectorId = lookups.resolve(row, RosterColumn.SECTOR, draft.sector(), lookups.sectors, errors);
        Long groupId = lookups.resolve(row, RosterColumn.GROUP, draft.group(), lookups.groups, errors);
        Long townshipId = lookups.resolve(row, RosterColumn.TOWNSHIP, draft.township(), lookups.townships, errors);
        if (errors.has(row)) {
            return Optional.empty();
        }
        MemberFields fields = new MemberFields(committee.id, draft.name(),
                draft.gender() == null ? null : Gender.valueOf(draft.gender()), draft.birthYear(), draft.ethnicity(),
                draft.party(), sectorId, groupId, townshipId, draft.employer(), draft.jobTitle(), compact(draft.phone()),
                draft.termStart(), draft.termEnd());
        for (ConstraintViolation<MemberFields> violation : validator.validate(fields)) {
            errors.add(row, column(violation.getPropertyPath().toString()), violation.getMessage());
        }
        if (errors.has(row)) {
            return Optional.empty();
        }
        MemberEntity member;
        try {
            member = members.prepare(committee, fields);
        } catch (ApiProblem problem) {
            String field = problem.errors == null || problem.errors.isEmpty() ? "" : problem.errors.get(0).field();
            errors.add(row, column(field), problem.getMessage());
            return Optional.empty();
        }
        Optional<String> duplicate = lookups.duplicates.check(row.row(), draft.name(), draft.phone(), draft.employer());
        if (duplicate.isPresent()) {
            errors.add(row, RosterColumn.NAME, duplicate.get());
            return Optional.empty();
        }
        return Optional.of(member);
    }

    /** Offices write "139 0458 1234"; the number is the same without its spaces. */
    private static String compact(String phone) {
        return phone == null ? null : phone.replaceAll("[\\s\u00A0]", "");
    }

    private static RosterColumn column(String field) {
        return COLUMN_OF.getOrDefault(field, RosterColumn.NAME);
    }

    /** The committee's sectors, groups, townships and members, read once for the whole file. */
    private static final class Lookups {
        final NameIndex<Long> sectors = new NameIndex<>("界别");
        final NameIndex<Long> groups = new NameIndex<>("界别活动组");
        final NameIndex<Long> townships = new NameIndex<>("乡镇（街道）");
        final Duplicates duplicates = new Duplicates();

        Lookups(CommitteeEntity committee) {
            SectorEntity.<SectorEntity>list("committee.id", committee.id).forEach(s -> sectors.put(s.name, s.id));
            GroupEntity.<GroupEntity>list("committee.id", committee.id).forEach(g -> groups.put(g.name, g.id));
            TownshipEntity.<TownshipEntity>list("committee.id", committee.id)
                    .forEach(t -> townships.put(t.name, t.id));
            MemberEntity.<MemberEntity>list("committee.id", committee.id)
                    .forEach(m -> duplicates.existing(m.name, m.phone, m.employer));
        }

        Long resolve(RosterRow row, RosterColumn column, String name, NameIndex<Long> index, RowErrors errors) {
            if (name == null) {
                return null;
            }
            Optional<Long> id = index.find(name);
            if (id.isEmpty()) {
                errors.add(row, column, index.unknown(name));
            }
            return id.orElse(null);
        }
    }
}
