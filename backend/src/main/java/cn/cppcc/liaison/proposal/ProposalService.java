package cn.cppcc.liaison.proposal;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.Caller;
import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.FieldChecks;
import cn.cppcc.liaison.kernel.Filter;
import cn.cppcc.liaison.kernel.Inputs;
import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.PageResult;
import cn.cppcc.liaison.kernel.Participants;
import cn.cppcc.liaison.kernel.Period;
import cn.cppcc.liaison.kernel.Predicate;
import cn.cppcc.liaison.kernel.Problem;
import cn.cppcc.liaison.kernel.ProblemType;
import cn.cppcc.liaison.kernel.Role;
import cn.cppcc.liaison.kernel.Sorting;
import cn.cppcc.liaison.kernel.Text;
import cn.cppcc.liaison.kernel.VersionedEntity;
import cn.cppcc.liaison.kernel.Versions;
import cn.cppcc.liaison.kernel.report.Counted;
import cn.cppcc.liaison.member.MemberEntity;
import cn.cppcc.liaison.member.MemberService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class ProposalService {

    @Inject
    OfficeClock clock;


    @Inject
    CallerContext callerContext;

    private static final Map<String, String> SORTABLE = Map.of(
            "filedOn", "filedOn", "id", "id", "caseNumber", "caseNumber", "createdAt", "createdAt");

    @Inject
    EntityManager em;

    /**
     * The proposals the filters match. {@code year} is always the filing year; {@code from}–{@code to} date the
     * filing, or with {@code figure} the figure's own event (accepted, answered).
     */
    public PageResult<Proposal> list(PageParams page, Long committeeId, ProposalStatus status,
            ProposalCategory category, Participants who, Integer year, LocalDate from, LocalDate to, String q,
            ProposalFigure figure) {
        Filter filter = filter(committeeId, status, category, who, year, q, counted(figure, from, to));
        // The page's members load in batches (hibernate fetch batch-size), not one query per proposal.
        return PageResult.of(ProposalEntity.find(filter.query(), Sorting.parse(page.sort, SORTABLE, "-filedOn"),
                filter.parameters()), page, Proposal::of);
    }

    /**
     * The list's totals with each of {@code figures} for each member, group or sector of {@code ids} ({@code key} the
     * path from a member to it: empty, {@code .group} or {@code .sector}): the proposals one of them led or co-signed,
     * which proposals each figure counts found once: a report's rows in three questions whatever their number.
     */
    public Map<Long, Map<ProposalFigure, Long>> countByParticipant(String key, List<Long> ids, Long committeeId,
            LocalDate from, LocalDate to, List<ProposalFigure> figures) {
        Filter filter = filter(committeeId, null, null, Participants.ANY, null, null, null);
        Map<Long, Set<ProposalFigure>> counted = filter.countedBy("ProposalEntity", ProposalFigure.class, figures,
                f -> counted(f, from, to));
        Map<Long, Set<Long>> took = filter.recordsBy("ProposalEntity", "join e.lead m", "m", "1 = 1", Map.of(), key,
                ids);
        filter.recordsBy("ProposalEntity", "join e.coSigners m", "m", "1 = 1", Map.of(), key, ids)
                .forEach((id, coSigned) -> took.get(id).addAll(coSigned));
        Map<Long, Map<ProposalFigure, Long>> counts = new HashMap<>();
        took.forEach((id, proposals) -> {
            Map<ProposalFigure, Long> row = new EnumMap<>(ProposalFigure.class);
            figures.forEach(f -> row.put(f, proposals.stream().filter(p -> counted.get(p).contains(f)).count()));
            counts.put(id, row);
        });
        return counts;
    }

    /**
     * The list's totals with each of {@code figures} for the same filters, in one scan of the proposals any of them
     * counts: what a report asks.
     */
    public Map<ProposalFigure, Long> countEach(Long committeeId, Participants who, LocalDate from, LocalDate to,
            List<ProposalFigure> figures) {
        return filter(committeeId, null, null, who, null, null, null).countEach("ProposalEntity",
                ProposalFigure.class, figures, f -> counted(f, from, to));
    }

    /** {@link #countEach} of the whole committee for each of the periods, in their order, in one statement. */
    public List<Map<ProposalFigure, Long>> countEachOver(long committeeId, List<ProposalFigure> figures,
            List<Period> periods) {
        List<Predicate> counted = Counted.conditions(figures, periods, "proposal", (f, p, prefix) -> f.in(p, prefix));
        long[] totals = filter(committeeId, null, null, Participants.ANY, null, null, null)
                .countAll("ProposalEntity", counted);
        return Counted.byPeriod(ProposalFigure.class, figures, periods.size(), totals);
    }

    /** The proposals the figure counts in the period: those filed in it without a figure. */
    private Predicate counted(ProposalFigure figure, LocalDate from, LocalDate to) {
        return (figure == null ? ProposalFigure.FILED : figure).in(Period.of(from, to, clock.today()));
    }

    /** The filters; {@code counted} the figure's own condition, or none to count several figures at once. */
    private Filter filter(Long committeeId, ProposalStatus status, ProposalCategory category, Participants who,
            Integer year, String q, Predicate counted) {
        return callerContext.get().filter("committee.id")
                .equal("committee.id", "committeeId", committeeId)
                .equal("status", "status", status)
                .equal("category", "category", category)
                // The lead or one of the co-signers is the member asked (of the group and sector asked).
                .where("(" + who.on("lead") + " or exists (select 1 from this.coSigners m where " + who.on("m") + "))",
                        who.parameters(), who.given())
                .where("filedOn >= :yearStart and filedOn < :yearEnd", year == null ? null
                        : Map.of("yearStart", LocalDate.of(year, 1, 1), "yearEnd", LocalDate.of(year + 1, 1, 1)))
                .where(counted == null ? null : counted.condition(), counted == null ? null : counted.parameters())
                .contains("q", q, "title", "caseNumber", "handlingUnit");
    }

    public Proposal get(long id) {
        return Proposal.of(find(id));
    }

    @Transactional
    public Proposal create(ProposalFields fields) {
        Caller caller = callerContext.get();
        ProposalEntity proposal = new ProposalEntity();
        proposal.committee = CommitteeEntity.referenced(callerContext.get(), "committeeId", fields.committeeId());
        proposal.recordedBy = caller.name();
        proposal.recordedByAccountId = caller.accountId();
        proposal.statusChangedAt = clock.now();
        apply(proposal, fields, caller);
        proposal.persistAndFlush();
        return Proposal.of(proposal);
    }

    @Transactional
    public Proposal update(long id, String ifMatch, ProposalFields fields) {
        ProposalEntity proposal = find(id);
        Caller caller = callerContext.get();
        requireMayChange(caller, proposal, "修改");
        Versions.checkUpdate("提案", proposal, ifMatch, fields.committeeId());
        apply(proposal, fields, caller);
        ProposalEntity.flush();
        return Proposal.of(proposal);
    }

    @Transactional
    public void delete(long id) {
        ProposalEntity proposal = find(id);
        requireMayChange(callerContext.get(), proposal, "删除");
        proposal.delete();
    }

    /**
     * Moves a proposal one step along {@link ProposalStatus#next()}. The row is locked first, so of two concurrent
     * changes the second is judged against the first's result; If-Match or {@code version} is optional.
     */
    @Transactional
    public Proposal changeStatus(long id, String ifMatch, ProposalStatusChange change) {
        ProposalEntity proposal = VersionedEntity.found(
                em.find(ProposalEntity.class, id, LockModeType.PESSIMISTIC_WRITE), "提案", id);
        callerContext.get().visible(proposal, proposal.committee.id, "提案", id);
        Versions.checkIfGiven("提案", proposal.version, ifMatch);
        ProposalStatus target = change.status();
        if (!proposal.status.mayMoveTo(target)) {
            throw illegal(proposal, target);
        }
        refuseFieldsNotFor(change);
        switch (target) {
            case FILED, CLOSED -> {
            }
            case ACCEPTED -> {
                String caseNumber = Text.blankToNull(change.caseNumber());
                if (caseNumber != null) {
                    refuseTakenCaseNumber(proposal.committee.id, caseNumber, proposal.id);
                    proposal.caseNumber = caseNumber;
                }
                String unit = Text.blankToNull(change.handlingUnit());
                proposal.handlingUnit = unit == null ? proposal.handlingUnit : unit;
                proposal.acceptedOn = clock.today();
            }
            case NOT_ACCEPTED -> proposal.notAcceptedReason = Inputs.text("reason", change.reason(), "不予立案须写明理由");
            case ANSWERED -> {
                LocalDate on = Inputs.required("answeredOn", change.answeredOn(), "答复须给出答复日期");
                LocalDate today = clock.today();
                if (on.isAfter(today)) {
                    throw ApiProblem.invalid("answeredOn", "答复日期不能晚于今天（" + today + "）");
                }
                if (on.isBefore(proposal.filedOn)) {
                    throw ApiProblem.invalid("answeredOn", "答复日期不能早于提交日期 " + proposal.filedOn);
                }
                proposal.answeredOn = on;
                proposal.answer = Inputs.text("answer", change.answer(), "答复须写明答复摘要");
                String unit = Text.blankToNull(change.handlingUnit());
                proposal.handlingUnit = unit == null ? proposal.handlingUnit : unit;
            }
        }
        proposal.moveTo(target, clock.now());
        ProposalEntity.flush();
        return Proposal.of(proposal);
    }

    /** The 409 for a step the lifecycle does not allow from here, naming the steps it does allow. */
    private ApiProblem illegal(ProposalEntity proposal, ProposalStatus target) {
        List<ProposalStatus> next = List.copyOf(proposal.status.next());
        String allowed = next.isEmpty() ? "该状态为最终状态，不能再变更"
                : "此刻可改为：" + next.stream().map(s -> s.label + "（" + s.action + "）").collect(Collectors.joining("、"));
        String detail = "提案 " + proposal.id + " 当前为“" + proposal.status.label + "”，不能改为“" + target.label + "”。"
                + allowed;
        return ApiProblem.illegalState("status", detail,
                next.stream().map(s -> new Problem.Allowed(s.name(), s.name(), s.action)).toList());
    }

    /** Each step takes only its own fields, so no client believes it set an answer while registering a case. */
    private void refuseFieldsNotFor(ProposalStatusChange change) {
        ProposalStatus target = change.status();
        refuse("reason", change.reason(), target == ProposalStatus.NOT_ACCEPTED, "只有不予立案时才填写理由");
        refuse("caseNumber", change.caseNumber(), target == ProposalStatus.ACCEPTED, "案号在立案时给出");
        refuse("handlingUnit", change.handlingUnit(),
                target == ProposalStatus.ACCEPTED || target == ProposalStatus.ANSWERED, "承办单位在立案或答复时给出");
        refuse("answeredOn", change.answeredOn(), target == ProposalStatus.ANSWERED, "答复日期只在答复时给出");
        refuse("answer", change.answer(), target == ProposalStatus.ANSWERED, "答复摘要只在答复时给出");
    }

    private void refuse(String field, Object value, boolean applies, String message) {
        if (value != null && !applies) {
            throw ApiProblem.invalid(field, message);
        }
    }

    /** The record, or 404 when it does not exist or lies outside the caller's committee. */
    private ProposalEntity find(long id) {
        return callerContext.visible(ProposalEntity.findById(id), "提案", id);
    }

    private void apply(ProposalEntity proposal, ProposalFields fields, Caller caller) {
        long committeeId = proposal.committee.id;
        if (caller.role() == Role.MEMBER && !Objects.equals(caller.memberId(), fields.leadMemberId())) {
            throw new ApiProblem(ProblemType.FORBIDDEN, "委员只能提交本人领衔的提案，领衔委员须为您本人");
        }
        LocalDate today = clock.today();
        FieldChecks checks = new FieldChecks()
                .check(fields.filedOn().isAfter(today), "filedOn", "提交日期不能晚于今天（" + today + "）")
                .check(proposal.answeredOn != null && fields.filedOn().isAfter(proposal.answeredOn), "filedOn",
                        "提交日期不能晚于已记录的答复日期 " + proposal.answeredOn);
        MemberEntity lead = checks.read(() -> MemberService.referenced("leadMemberId", fields.leadMemberId(), committeeId));
        List<Long> coSignerIds = fields.coSignerIds() == null ? List.of() : fields.coSignerIds();
        int leadAt = lead == null ? -1 : coSignerIds.indexOf(lead.id);
        if (leadAt >= 0) {
            checks.check(true, "coSignerIds[" + leadAt + "]", "领衔委员" + lead.name + "不必再列为联名委员");
        }
        List<MemberEntity> coSigners = checks.read(() -> MemberService.referenced("coSignerIds", coSignerIds, committeeId));
        checks.done();
        String caseNumber = Text.blankToNull(fields.caseNumber());
        if (caseNumber != null) {
            refuseTakenCaseNumber(committeeId, caseNumber, proposal.id);
        }
        proposal.title = fields.title().strip();
        proposal.category = fields.category();
        proposal.filedOn = fields.filedOn();
        proposal.lead = lead;
        // Replace the set's contents rather than the set, so Envers records only the co-signers who joined or left.
        proposal.coSigners.retainAll(coSigners);
        proposal.coSigners.addAll(coSigners);
        proposal.caseNumber = caseNumber;
        proposal.handlingUnit = Text.blankToNull(fields.handlingUnit());
    }

    private void refuseTakenCaseNumber(long committeeId, String caseNumber, Long exceptId) {
        if (ProposalEntity.caseNumberTaken(committeeId, caseNumber, exceptId)) {
            throw ApiProblem.duplicate("caseNumber", "本政协已有案号为“" + caseNumber + "”的提案");
        }
    }

    /** The office changes any proposal; a member only one they lead, and only until the office has handled it. */
    private void requireMayChange(Caller caller, ProposalEntity proposal, String action) {
        if (caller.role() != Role.MEMBER) {
            return;
        }
        if (!proposal.isLedBy(caller.memberId())) {
            throw new ApiProblem(ProblemType.FORBIDDEN, "委员只能" + action + "本人领衔的提案");
        }
        if (proposal.status != ProposalStatus.FILED) {
            throw new ApiProblem(ProblemType.FORBIDDEN, "提案当前为“" + proposal.status.label + "”，委员不能再" + action
                    + "；如需更正请联系委员工作处");
        }
    }
}
