package cn.cppcc.liaison.opinion;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.Inputs;
import cn.cppcc.liaison.kernel.Problem;
import cn.cppcc.liaison.kernel.Text;
import cn.cppcc.liaison.kernel.VersionedEntity;
import cn.cppcc.liaison.kernel.Versions;
import cn.cppcc.liaison.kernel.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import cn.cppcc.liaison.kernel.event.OutcomeImplemented;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The steps of an opinion's handling: each checked against its state and the caller, and kept in the history. */
@ApplicationScoped
public class OpinionLifecycle {

    @Inject
    OfficeClock clock;

    @Inject
    CallerContext callerContext;

    /** Opinions a duplicate may be merged into: taken up and not themselves merged away or rejected. */
    private static final Set<OpinionStatus> MERGE_TARGETS = EnumSet.complementOf(
            EnumSet.of(OpinionStatus.DRAFT, OpinionStatus.REJECTED, OpinionStatus.MERGED));

    @Inject
    EntityManager em;

    @Inject
    OpinionService opinions;

    /**
     * Moves an opinion one step along its lifecycle. The row is locked first, so of two concurrent requests the
     * second sees the first's result and is judged against it; the state, the fields and the history entry are
     * written in one transaction or not at all.
     */
    @Transactional
    public Opinion transition(long id, String ifMatch, OpinionTransitionRequest request) {
        Caller caller = callerContext.get();
        if (request.action() == OpinionAction.MERGE && request.mergeIntoId() != null) {
            lockInOrder(id, request.mergeIntoId());
        }
        OpinionEntity opinion = VersionedEntity.found(em.find(OpinionEntity.class, id, LockModeType.PESSIMISTIC_WRITE),
                "社情民意", id);
        if (!OpinionWorkflow.maySee(opinion, caller)) {
            throw ApiProblem.notFound("社情民意", id);
        }
        Versions.checkIfGiven("社情民意", opinion.version, ifMatch);
        OpinionAction action = request.action();
        List<AllowedTransition> allowed = OpinionWorkflow.allowed(opinion, caller);
        if (allowed.stream().noneMatch(a -> a.action() == action)) {
            throw illegal(opinion, action, allowed, caller);
        }
        OpinionStatus from = opinion.status;
        OpinionTransitionEntity entry = apply(opinion, request);
        OpinionStatus to = action.target(from);
        if (to != from) {
            opinion.status = to;
            opinion.statusChangedAt = clock.now();
        }
        // Touch the row even when only the history grows, so concurrent editors see a new version.
        opinion.updatedAt = clock.now();
        record(opinion, action, from, caller, entry);
        em.flush();
        return opinions.written(opinion, caller).get(0);
    }

    /** Checks and applies what one action needs; returns the history entry, filled with what it carries. */
    private OpinionTransitionEntity apply(OpinionEntity opinion, OpinionTransitionRequest r) {
        OpinionAction action = r.action();
        refuseFields(r);
        OpinionTransitionEntity entry = new OpinionTransitionEntity();
        String note = Text.blankToNull(r.note());
        LocalDate today = clock.today();
        switch (action) {
            case CREATE -> throw new IllegalStateException("CREATE is never allowed as a transition");
            case SUBMIT -> opinion.submittedAt = clock.now();
            case ACCEPT -> opinion.acceptedOn = today;
            case START -> {
            }
            case REJECT -> {
                opinion.rejectReason = Inputs.text("reason", r.reason(), "不予采用须写明理由");
                note = join(opinion.rejectReason, note);
            }
            case ASSIGN -> {
                opinion.assignedUnit = Inputs.text("assignedUnit", r.assignedUnit(), "交办须写明承办单位");
                opinion.dueDate = dueDate(opinion, Inputs.required("dueDate", r.dueDate(), "交办须给出办理期限"));
                entry.assignedUnit = opinion.assignedUnit;
                entry.dueDate = opinion.dueDate;
            }
            case PROGRESS -> Inputs.text("note", r.note(), "办理进展须写明进展情况");
            case RESOLVE -> {
                opinion.resolution = Inputs.text("resolution", r.resolution(), "办结须写明办理结果");
                LocalDate on = Inputs.required("resolvedOn", r.resolvedOn(), "办结须给出办结日期");
                if (on.isAfter(today)) {
                    throw ApiProblem.invalid("resolvedOn", "办结日期不能晚于今天（" + today + "）");
                }
                if (on.isBefore(opinion.collectedOn)) {
                    throw ApiProblem.invalid("resolvedOn", "办结日期不能早于收集日期 " + opinion.collectedOn);
                }
                opinion.resolvedOn = on;
                opinion.resolutionEnteredOn = today;
                entry.resolvedOn = on;
                note = join(opinion.resolution, note);
            }
            case CLOSE -> {
                opinion.feedback = Inputs.required("feedback", r.feedback(),
                        "评价须给出群众的评价：SATISFIED 满意、BASICALLY_SATISFIED 基本满意、UNSATISFIED 不满意");
                opinion.closedOn = today;
                entry.feedback = opinion.feedback;
            }
            case REOPEN -> {
                Inputs.text("note", r.note(), "重新交办须写明新的情况或不满意的原因");
                if (r.assignedUnit() != null) {
                    opinion.assignedUnit = Inputs.text("assignedUnit", r.assignedUnit(), "承办单位不能为空");
                }
                if (r.dueDate() != null) {
                    opinion.dueDate = dueDate(opinion, r.dueDate());
                }
                opinion.resolution = null;
                opinion.resolvedOn = null;
                opinion.resolutionEnteredOn = null;
                opinion.feedback = null;
                opinion.closedOn = null;
                entry.assignedUnit = opinion.assignedUnit;
                entry.dueDate = opinion.dueDate;
            }
            case MERGE -> {
                OpinionEntity target = mergeTarget(opinion, Inputs.required("mergeIntoId", r.mergeIntoId(),
                        "合并须给出并入的社情民意"));
                opinion.mergedInto = target;
                target.submitters.addAll(opinion.submitters);
                target.updatedAt = clock.now();
                entry.mergedIntoId = target.id;
            }
            case FORWARD -> {
                opinion.forwardedTo = opinion.committee.parent;
                opinion.forwardedAt = clock.now();
                entry.committeeId = opinion.forwardedTo.id;
            }
            case ADOPT -> {
                opinion.adoptedAt = clock.now();
                opinion.instruction = Text.blankToNull(r.instruction());
                entry.committeeId = opinion.forwardedTo.id;
                note = join(opinion.instruction, note);
            }
        }
        entry.note = note;
        return entry;
    }

    /** Fields an action does not take are refused rather than silently dropped. */
    private void refuseFields(OpinionTransitionRequest r) {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("reason", r.reason());
        given.put("assignedUnit", r.assignedUnit());
        given.put("dueDate", r.dueDate());
        given.put("resolution", r.resolution());
        given.put("resolvedOn", r.resolvedOn());
        given.put("feedback", r.feedback());
        given.put("mergeIntoId", r.mergeIntoId());
        given.put("instruction", r.instruction());
        Set<String> takes = switch (r.action()) {
            case REJECT -> Set.of("reason");
            case ASSIGN, REOPEN -> Set.of("assignedUnit", "dueDate");
            case RESOLVE -> Set.of("resolution", "resolvedOn");
            case CLOSE -> Set.of("feedback");
            case MERGE -> Set.of("mergeIntoId");
            case ADOPT -> Set.of("instruction");
            default -> Set.of();
        };
        Inputs.refuseUnused(r.action().label + "（" + r.action() + "）", given, takes);
    }

    private String join(String first, String second) {
        return second == null ? first : first == null ? second : first + "；" + second;
    }

    private LocalDate dueDate(OpinionEntity opinion, LocalDate due) {
        if (due.isBefore(opinion.collectedOn)) {
            throw ApiProblem.invalid("dueDate", "办理期限不能早于收集日期 " + opinion.collectedOn);
        }
        return due;
    }

    private OpinionEntity mergeTarget(OpinionEntity opinion, long targetId) {
        if (targetId == opinion.id) {
            throw ApiProblem.invalid("mergeIntoId", "不能合并到自身");
        }
        OpinionEntity target = em.find(OpinionEntity.class, targetId);
        if (target == null || !target.committee.id.equals(opinion.committee.id)) {
            throw ApiProblem.unknownReference("mergeIntoId", "本政协的社情民意", targetId);
        }
        if (!MERGE_TARGETS.contains(target.status)) {
            throw ApiProblem.invalid("mergeIntoId", "社情民意 " + targetId + " 当前为“" + target.status.label
                    + "”，只能并入已上报且未驳回、未合并的社情民意");
        }
        return target;
    }

    /** Locks both opinions of a merge in id order, so two merges of the same pair cannot deadlock. */
    private void lockInOrder(long first, long second) {
        em.createNativeQuery("select id from opinion where id in (?1, ?2) order by id for update")
                .setParameter(1, first).setParameter(2, second).getResultList();
    }

    void record(OpinionEntity opinion, OpinionAction action, OpinionStatus from, Caller caller,
            OpinionTransitionEntity entry) {
        OpinionTransitionEntity e = entry == null ? new OpinionTransitionEntity() : entry;
        e.opinionId = opinion.id;
        e.action = action;
        e.fromStatus = from;
        e.toStatus = action == OpinionAction.CREATE ? OpinionStatus.DRAFT : action.target(from);
        e.at = clock.now();
        e.actor = caller.name();
        e.accountId = caller.accountId();
        e.persist();
    }

    private ApiProblem illegal(OpinionEntity opinion, OpinionAction action, List<AllowedTransition> allowed,
            Caller caller) {
        String reason;
        if (!action.from.contains(opinion.status)) {
            reason = "当前为“" + opinion.status.label + "”，不能“" + action.label + "”";
        } else if (action == OpinionAction.FORWARD && opinion.forwardedTo != null) {
            reason = "已报送" + opinion.forwardedTo.name + "，不能重复报送";
        } else if (action == OpinionAction.FORWARD && opinion.committee.parent == null) {
            reason = "本政协没有上级政协，不能报送";
        } else if (action == OpinionAction.ADOPT && opinion.adoptedAt != null) {
            reason = "上级政协已采用";
        } else if (action == OpinionAction.ADOPT && opinion.forwardedTo == null) {
            reason = "尚未报送上级政协";
        } else {
            reason = "您的角色（" + caller.role().label + "）不能对这条社情民意“" + action.label + "”";
        }
        String detail = "社情民意 " + opinion.id + " " + reason + "。" + (allowed.isEmpty() ? "此刻您没有可进行的操作"
                : "此刻可进行：" + allowed.stream().map(AllowedTransition::describe).collect(Collectors.joining("、")));
        return ApiProblem.illegalState("action", detail, allowed.stream()
                .map(a -> new Problem.Allowed(a.action().name(), a.to().name(), a.label())).toList());
    }

    /** The states in which an implemented consultation outcome resolves an opinion it names. */
    private static final Set<OpinionStatus> RESOLVED_BY_OUTCOME = EnumSet.of(OpinionStatus.ACCEPTED,
            OpinionStatus.ASSIGNED, OpinionStatus.IN_PROGRESS);

    /**
     * Resolves the opinions an implemented consultation outcome answers, in the caller's transaction, each with a
     * RESOLVE entry in its history. Opinions already resolved, closed, rejected or merged stay as they are.
     */
    void onOutcomeImplemented(@Observes OutcomeImplemented implemented) {
        if (implemented.opinionIds().isEmpty()) {
            return;
        }
        resolveByOutcome(OpinionEntity.<OpinionEntity>list("id in ?1 order by id", implemented.opinionIds()),
                implemented.implementedOn(), implemented.evidence(), implemented.note());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int resolveByOutcome(Iterable<OpinionEntity> opinions, LocalDate on, String resolution, String note) {
        Caller caller = callerContext.get();
        int resolved = 0;
        for (OpinionEntity opinion : opinions) {
            em.lock(opinion, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(opinion);
            if (!RESOLVED_BY_OUTCOME.contains(opinion.status)) {
                continue;
            }
            OpinionStatus from = opinion.status;
            opinion.resolution = resolution;
            opinion.resolvedOn = on.isBefore(opinion.collectedOn) ? opinion.collectedOn : on;
            opinion.resolutionEnteredOn = clock.today();
            opinion.status = OpinionStatus.RESOLVED;
            opinion.statusChangedAt = clock.now();
            opinion.updatedAt = opinion.statusChangedAt;
            OpinionTransitionEntity entry = new OpinionTransitionEntity();
            entry.resolvedOn = opinion.resolvedOn;
            entry.note = join(resolution, note);
            record(opinion, OpinionAction.RESOLVE, from, caller, entry);
            resolved++;
        }
        return resolved;
    }
}
