package cn.cppcc.liaison.consultation;

import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.FieldChecks;
import cn.cppcc.liaison.kernel.Filter;
import cn.cppcc.liaison.kernel.Inputs;
import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.PageResult;
import cn.cppcc.liaison.kernel.Period;
import cn.cppcc.liaison.kernel.Predicate;
import cn.cppcc.liaison.kernel.Problem;
import cn.cppcc.liaison.kernel.Sorting;
import cn.cppcc.liaison.kernel.Text;
import cn.cppcc.liaison.kernel.VersionedEntity;
import cn.cppcc.liaison.kernel.Versions;
import cn.cppcc.liaison.kernel.event.OutcomeImplemented;
import cn.cppcc.liaison.kernel.report.Counted;
import cn.cppcc.liaison.member.MemberService;
import cn.cppcc.liaison.opinion.OpinionEntity;
import cn.cppcc.liaison.opinion.OpinionService;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class OutcomeService {

    @Inject
    OfficeClock clock;

    @Inject
    CallerContext callerContext;

    private static final Map<String, String> SORTABLE = Map.of("dueDate", "dueDate", "id", "id",
            "updatedAt", "updatedAt");

    @Inject
    EntityManager em;

    @Inject
    ConsultationService consultations;

    @Inject
    Event<OutcomeImplemented> implemented;

    /**
     * The outcomes the filters match. With {@code figure}, those the figure counts for the period {@code from}–
     * {@code to}; without, those agreed at consultations held in it. {@code overdue} is the figure today.
     */
    public PageResult<Outcome> list(PageParams page, Long committeeId, Long consultationId, OutcomeStatus status,
            Boolean overdue, String q, OutcomeFigure figure, LocalDate from, LocalDate to) {
        Filter filter = filter(committeeId, consultationId, status, overdue, q, counted(figure, from, to));
        var query = OutcomeEntity.<OutcomeEntity>find(filter.query(), sort(page.sort), filter.parameters());
        List<OutcomeEntity> rows = query.page(Page.of(page.page - 1, page.size)).list();
        return new PageResult<>(views(rows), page.page, page.size, page.total(query::count));
    }

    /**
     * The list's totals with each of {@code figures} for the period, in one scan of the outcomes any of them counts:
     * what a report asks.
     */
    public Map<OutcomeFigure, Long> countEach(Long committeeId, LocalDate from, LocalDate to,
            List<OutcomeFigure> figures) {
        return filter(committeeId, null, null, null, null, null).countEach("OutcomeEntity", OutcomeFigure.class,
                figures, f -> counted(f, from, to));
    }

    /** {@link #countEach} of the whole committee for each of the periods, in their order, in one statement. */
    public List<Map<OutcomeFigure, Long>> countEachOver(long committeeId, List<OutcomeFigure> figures,
            List<Period> periods) {
        List<Predicate> counted = Counted.conditions(figures, periods, "outcome", (f, p, prefix) -> f.in(p, prefix));
        long[] totals = filter(committeeId, null, null, null, null, null).countAll("OutcomeEntity", counted);
        return Counted.byPeriod(OutcomeFigure.class, figures, periods.size(), totals);
    }

    /** The outcomes the figure counts in the period: those agreed at its consultations without a figure. */
    private Predicate counted(OutcomeFigure figure, LocalDate from, LocalDate to) {
        return (figure == null ? OutcomeFigure.AGREED : figure).in(Period.of(from, to, today()));
    }

    /** The filters; {@code counted} the figure's own condition, or none to count several figures at once. */
    private Filter filter(Long committeeId, Long consultationId, OutcomeStatus status, Boolean overdue, String q,
            Predicate counted) {
        LocalDate today = today();
        Predicate overdueToday = OutcomeFigure.OVERDUE.in(Period.untilToday(today), "today_");
        return callerContext.get().filter("committee.id")
                .equal("committee.id", "committeeId", committeeId)
                .equal("consultation.id", "consultationId", consultationId)
                .equal("status", "status", status)
                .where(counted == null ? null : counted.condition(), counted == null ? null : counted.parameters())
                .where(overdueToday.condition(), overdueToday.parameters(), Boolean.TRUE.equals(overdue))
                .where(overdueToday.negated().condition(), overdueToday.parameters(), Boolean.FALSE.equals(overdue))
                .contains("q", q, "text", "responsibleUnit");
    }

    public Outcome.Items ofConsultation(long consultationId) {
        consultations.find(consultationId);
        return new Outcome.Items(views(OutcomeEntity.list("consultation.id = ?1 order by number", consultationId)));
    }

    public Outcome get(long id) {
        return views(List.of(find(id))).get(0);
    }

    @Transactional
    public Outcome create(long consultationId, OutcomeFields fields) {
        ConsultationEntity consultation = consultations.find(consultationId);
        OutcomeEntity outcome = new OutcomeEntity();
        outcome.consultation = consultation;
        outcome.committee = consultation.committee;
        outcome.status = OutcomeStatus.AGREED;
        apply(outcome, fields);
        outcome.persistAndFlush();
        return views(List.of(outcome)).get(0);
    }

    @Transactional
    public Outcome update(long id, String ifMatch, OutcomeFields fields) {
        OutcomeEntity outcome = find(id);
        Versions.check("协商成果", outcome.version, Versions.expected(ifMatch));
        if (!OutcomeStatus.OPEN.contains(outcome.status)) {
            throw ApiProblem.illegalState("status", "协商成果 " + id + " 当前为“" + outcome.status.label
                    + "”，已落实或已放弃的不能再修改", null);
        }
        apply(outcome, fields);
        OutcomeEntity.flush();
        return views(List.of(outcome)).get(0);
    }

    @Transactional
    public void delete(long id) {
        OutcomeEntity outcome = find(id);
        if (outcome.status != OutcomeStatus.AGREED) {
            throw ApiProblem.illegalState("status", "协商成果 " + id + " 当前为“" + outcome.status.label
                    + "”，只能删除尚未开始落实的成果", null);
        }
        OutcomeProgressEntity.delete("outcomeId", id);
        outcome.delete();
    }

    /**
     * Moves an outcome along; implementing it resolves the opinions it answers in the same transaction, so the
     * outcome and the opinions are either both updated or neither.
     */
    @Transactional
    public Outcome transition(long id, String ifMatch, OutcomeTransitionRequest request) {
        OutcomeEntity outcome = VersionedEntity.found(em.find(OutcomeEntity.class, id, LockModeType.PESSIMISTIC_WRITE),
                "协商成果", id);
        callerContext.get().visible(outcome, outcome.committee.id, "协商成果", id);
        Versions.checkIfGiven("协商成果", outcome.version, ifMatch);
        OutcomeAction action = request.action();
        if (!action.from.contains(outcome.status)) {
            List<OutcomeAction> allowed = Arrays.stream(OutcomeAction.values())
                    .filter(a -> a.from.contains(outcome.status)).toList();
            String detail = "协商成果 " + id + " 当前为“" + outcome.status.label + "”，不能“" + action.label + "”。"
                    + (allowed.isEmpty() ? "已落实或已放弃的成果不能再推进"
                    : "此刻可进行：" + allowed.stream().map(a -> a.label + "（→ " + a.target(outcome.status).label + "）")
                            .collect(Collectors.joining("、")));
            throw ApiProblem.illegalState("action", detail, allowed.stream()
                    .map(a -> new Problem.Allowed(a.name(), a.target(outcome.status).name(), a.label)).toList());
        }
        refuseFields(request);
        LocalDate today = today();
        switch (action) {
            case START -> {
                // A note given with the start is the first entry of the outcome's progress.
                String note = Text.blankToNull(request.note());
                if (note != null) {
                    progress(outcome, today, note);
                }
            }
            case PROGRESS -> {
                progress(outcome, notLater(Inputs.required("date", request.date(), "进展须给出日期"), today, "进展日期"),
                        Inputs.text("note", request.note(), "进展须写明情况"));
            }
            case IMPLEMENT -> {
                outcome.implementedOn = notLater(Inputs.required("date", request.date(), "须给出落实日期"), today, "落实日期");
                outcome.evidence = Inputs.text("evidence", request.evidence(), "须写明落实情况，如“2月28日 抗联食堂正式对外开放”");
                implemented.fire(new OutcomeImplemented(outcome.id, outcome.opinions.stream().map(o -> o.id).toList(),
                        outcome.implementedOn, outcome.evidence,
                        "协商成果落实：" + outcome.consultation.topic + " 第 " + outcome.number + " 项"));
            }
            case DROP -> outcome.dropReason = Inputs.text("reason", request.reason(), "放弃须写明原因");
        }
        outcome.status = action.target(outcome.status);
        outcome.updatedAt = clock.now();
        em.flush();
        return views(List.of(outcome)).get(0);
    }

    private void progress(OutcomeEntity outcome, LocalDate on, String note) {
        OutcomeProgressEntity progress = new OutcomeProgressEntity();
        progress.outcomeId = outcome.id;
        progress.notedOn = on;
        progress.note = note;
        progress.recordedBy = callerContext.get().name();
        progress.at = clock.now();
        progress.persist();
    }

    private OutcomeEntity find(long id) {
        return callerContext.visible(OutcomeEntity.findById(id), "协商成果", id);
    }

    /** The outcomes with their progress notes, loaded for the whole page in one query. */
    private List<Outcome> views(List<OutcomeEntity> rows) {
        LocalDate today = today();
        Map<Long, List<OutcomeProgressEntity>> progress = new HashMap<>();
        if (!rows.isEmpty()) {
            OutcomeProgressEntity.<OutcomeProgressEntity>list("outcomeId in ?1 order by notedOn, id",
                            rows.stream().map(o -> o.id).toList())
                    .forEach(p -> progress.computeIfAbsent(p.outcomeId, k -> new ArrayList<>()).add(p));
        }
        return rows.stream().map(o -> Outcome.of(o, progress.getOrDefault(o.id, List.of()), today)).toList();
    }

    private void apply(OutcomeEntity outcome, OutcomeFields fields) {
        long consultationId = outcome.consultation.id;
        FieldChecks checks = new FieldChecks().check(fields.dueDate() != null
                        && fields.dueDate().isBefore(outcome.consultation.heldOn), "dueDate",
                "办理期限不能早于协商日期 " + outcome.consultation.heldOn);
        List<OpinionEntity> linked = checks.read(() -> OpinionService.referenced("opinionIds", fields.opinionIds(),
                outcome.committee.id));
        checks.done();
        int number = fields.number() != null ? fields.number()
                : outcome.id != null ? outcome.number : OutcomeEntity.nextNumber(consultationId).orElseThrow(() ->
                        ApiProblem.duplicate("number", "该协商的成果编号 1–" + OutcomeEntity.MAX_NUMBER + " 均已使用"));
        if (OutcomeEntity.numberTaken(consultationId, number, outcome.id)) {
            throw ApiProblem.duplicate("number", "该协商已有第 " + number + " 项成果");
        }
        outcome.number = number;
        outcome.text = fields.text().strip();
        outcome.responsibleUnit = Text.blankToNull(fields.responsibleUnit());
        outcome.dueDate = fields.dueDate();
        outcome.opinions.retainAll(linked);
        outcome.opinions.addAll(linked);
    }

    private void refuseFields(OutcomeTransitionRequest r) {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("date", r.date());
        given.put("note", r.note());
        given.put("evidence", r.evidence());
        given.put("reason", r.reason());
        List<String> takes = switch (r.action()) {
            case START -> List.of("note");
            case PROGRESS -> List.of("date", "note");
            case IMPLEMENT -> List.of("date", "evidence");
            case DROP -> List.of("reason");
        };
        Inputs.refuseUnused(r.action().label + "（" + r.action() + "）", given, takes);
    }

    private LocalDate notLater(LocalDate date, LocalDate today, String what) {
        if (date.isAfter(today)) {
            throw ApiProblem.invalid("date", what + "不能晚于今天（" + today + "）");
        }
        return date;
    }

    private LocalDate today() {
        return clock.today();
    }

    /** Earliest due first; outcomes without a due date last. */
    private Sort sort(String requested) {
        return Sorting.parseTiedById(requested, SORTABLE, "dueDate", Sort.NullPrecedence.NULLS_LAST);
    }
}
