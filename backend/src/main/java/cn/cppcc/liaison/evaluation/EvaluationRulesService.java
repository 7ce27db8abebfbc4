package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.FieldChecks;
import cn.cppcc.liaison.kernel.ProblemType;
import cn.cppcc.liaison.kernel.Versions;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules a committee scores a year by: started from a template or last year's, edited until the year closes. */
@ApplicationScoped
public class EvaluationRulesService {

    public enum Start { TIELI, YUETANG, PREVIOUS_YEAR }

    @Inject
    EvaluationScope scope;

    @Inject
    CallerContext callerContext;

    @Inject
    ObjectMapper json;

    public List<EvaluationTemplates.Template> templates() {
        return EvaluationTemplates.all();
    }

    public EvaluationRules get(int year, Long committeeId) {
        CommitteeEntity committee = scope.committee(committeeId);
        EvaluationRulesEntity rules = EvaluationRulesEntity.of(committee.id, year);
        if (rules == null) {
            throw new ApiProblem(ProblemType.NOT_FOUND, "尚未制定 " + year + " 年的考评细则；委员工作处可从模板或上一年的细则开始制定");
        }
        return model(rules);
    }

    @Transactional
    public EvaluationRules create(int year, Long committeeId, Start from) {
        CommitteeEntity committee = scope.committee(committeeId);
        scope.year(year);
        lockYear(committee.id, year);
        if (EvaluationRulesEntity.of(committee.id, year) != null) {
            throw ApiProblem.duplicate("year", year + " 年的考评细则已经制定，请修改它");
        }
        EvaluationRulesFields fields;
        if (from == Start.PREVIOUS_YEAR) {
            EvaluationRulesEntity previous = EvaluationRulesEntity.of(committee.id, year - 1);
            if (previous == null) {
                throw ApiProblem.invalid("from", (year - 1) + " 年没有考评细则，请从模板（TIELI、YUETANG）开始");
            }
            fields = renamed(read(previous), year - 1, year);
        } else {
            fields = EvaluationTemplates.of(EvaluationTemplates.Code.valueOf(from.name()), year);
        }
        return model(store(committee, year, from.name(), fields));
    }

    @Transactional
    public EvaluationRules update(int year, Long committeeId, String ifMatch, EvaluationRulesFields fields) {
        CommitteeEntity committee = scope.committee(committeeId);
        EvaluationRulesEntity rules = EvaluationRulesEntity.of(committee.id, year);
        if (rules == null) {
            throw new ApiProblem(ProblemType.NOT_FOUND, "尚未制定 " + year + " 年的考评细则；请先从模板或上一年的细则开始制定");
        }
        Versions.check("考评细则", rules.version, Versions.expected(ifMatch));
        check(fields);
        requireOpen(committee.id, year, "考评细则不能再修改");
        rules.name = fields.name().strip();
        rules.rules = write(fields);
        rules.updatedBy = callerContext.get().name();
        EvaluationRulesEntity.flush();
        return model(rules);
    }

    /**
     * The rules to compute a year by: the year's own, or else a copy of last year's, stored as the year's; 409 when
     * neither exists.
     */
    EvaluationRulesFields forComputing(CommitteeEntity committee, int year) {
        EvaluationRulesEntity rules = EvaluationRulesEntity.of(committee.id, year);
        if (rules != null) {
            return read(rules);
        }
        EvaluationRulesEntity previous = EvaluationRulesEntity.of(committee.id, year - 1);
        if (previous == null) {
            throw new ApiProblem(ProblemType.ILLEGAL_STATE, "尚未制定 " + year
                    + " 年的考评细则，上一年也没有；请先从模板（铁力、岳塘）开始制定细则，再计算");
        }
        EvaluationRulesFields fields = renamed(read(previous), year - 1, year);
        store(committee, year, Start.PREVIOUS_YEAR.name(), fields);
        return fields;
    }

    /** One writer at a time per committee and year, for the rules and the computation alike. */
    static void lockYear(long committeeId, int year) {
        EntityManager em = EvaluationRulesEntity.getEntityManager();
        // Waits behind another writer of the year for a while, not for ever: a stuck one answers 409, not a hang.
        em.createNativeQuery("select set_config('lock_timeout', '30s', true)").getSingleResult();
        try {
            em.createNativeQuery("select count(pg_advisory_xact_lock(cast(:c as integer), cast(:y as integer)))")
                    .setParameter("c", (int) (committeeId % Integer.MAX_VALUE)).setParameter("y", 7_000_000 + year)
                    .getSingleResult();
        } catch (PersistenceException e) {
            throw new ApiProblem(ProblemType.ILLEGAL_STATE, year + " 年的考评正在由其他人计算或修改，30 秒内没有完成；请稍后再试");
        }
        em.createNativeQuery("select set_config('lock_timeout', '0', true)").getSingleResult();
    }

    static void requireOpen(long committeeId, int year, String what) {
        EvaluationYearEntity evaluation = EvaluationYearEntity.of(committeeId, year);
        if (evaluation != null && evaluation.closed()) {
            throw new ApiProblem(ProblemType.ILLEGAL_STATE, year + " 年的考评已经关闭，" + what
                    + "；如确需更改，请系统管理员说明原因后重新打开该年度");
        }
    }

    private EvaluationRulesEntity store(CommitteeEntity committee, int year, String origin, EvaluationRulesFields f) {
        EvaluationRulesEntity rules = new EvaluationRulesEntity();
        rules.committee = committee;
        rules.year = (short) year;
        rules.origin = origin;
        rules.name = f.name();
        rules.rules = write(f);
        rules.updatedBy = callerContext.get().name();
        rules.persistAndFlush();
        return rules;
    }

    /** The checks a schema cannot state: each kind once, {@code per} for 人次 only, thresholds in order. */
    static void check(EvaluationRulesFields f) {
        FieldChecks checks = new FieldChecks();
        Set<EvaluationItemKind> kinds = new HashSet<>();
        for (int i = 0; i < f.items().size(); i++) {
            EvaluationRulesFields.Item item = f.items().get(i);
            checks.check(!kinds.add(item.kind()), "items[" + i + "].kind", item.kind().label() + "出现了不止一次");
            boolean people = item.kind() == EvaluationItemKind.PEOPLE_RECEIVED;
            checks.check(people && item.per() == null, "items[" + i + "].per", "接待群众人次须给出每多少人次计一次分（per）");
            checks.check(!people && item.per() != null, "items[" + i + "].per", "只有接待群众人次（PEOPLE_RECEIVED）使用 per");
        }
        Set<Object> minimum = new HashSet<>();
        for (int i = 0; i < f.minimum().size(); i++) {
            EvaluationRulesFields.Minimum m = f.minimum().get(i);
            checks.check(!minimum.add(m.kind()), "minimum[" + i + "].kind", m.kind().label + "出现了不止一次");
            checks.check(!m.kind().isWork(), "minimum[" + i + "].kind", m.kind().label + "不是履职工作，不能作为最低要求");
        }
        EvaluationRulesFields.Thresholds t = f.ratings();
        checks.check(t.excellent().compareTo(t.competent()) <= 0, "ratings.excellent", "优秀分数线须高于称职分数线");
        checks.check(t.competent().compareTo(t.basic()) <= 0, "ratings.competent", "称职分数线须高于基本称职分数线");
        checks.done();
    }

    private EvaluationRules model(EvaluationRulesEntity rules) {
        EvaluationYearEntity evaluation = EvaluationYearEntity.of(rules.committee.id, rules.year);
        return EvaluationRules.of(rules, read(rules), evaluation == null || !evaluation.closed());
    }

    private static EvaluationRulesFields renamed(EvaluationRulesFields f, int from, int to) {
        String name = f.name().replace(String.valueOf(from), String.valueOf(to));
        return new EvaluationRulesFields(name, f.baseScore(), f.maxScore(), f.items(), f.proposalLeadShare(),
                f.minimum(), f.belowMinimumRating(), f.ratings());
    }

    EvaluationRulesFields read(EvaluationRulesEntity rules) {
        try {
            return json.readValue(rules.rules, EvaluationRulesFields.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored evaluation rules " + rules.id + " cannot be read", e);
        }
    }

    private String write(EvaluationRulesFields fields) {
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("evaluation rules cannot be written", e);
        }
    }
}
