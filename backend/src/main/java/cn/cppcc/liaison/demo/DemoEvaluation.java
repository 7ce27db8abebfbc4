package cn.cppcc.liaison.demo;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.evaluation.AwardFields;
import cn.cppcc.liaison.evaluation.AwardService;
import cn.cppcc.liaison.evaluation.EvaluationQueries;
import cn.cppcc.liaison.evaluation.EvaluationRow;
import cn.cppcc.liaison.evaluation.EvaluationRulesService;
import cn.cppcc.liaison.evaluation.EvaluationService;
import cn.cppcc.liaison.evaluation.EvaluationTemplates;
import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.PageParams;
import java.time.LocalDate;
import java.util.List;

/**
 * Each demo committee's evaluation: last year scored by its template (铁力's or 岳塘's), closed and published, its
 * three best members awarded this January, and this year computed so far from the rules carried over.
 */
final class DemoEvaluation {

    /** The day the office gives last year's awards, or today when that is still to come. */
    private static final int AWARD_DAY = 20;

    private final EvaluationRulesService rules;
    private final EvaluationService evaluations;
    private final EvaluationQueries queries;
    private final AwardService awards;
    private final OfficeClock clock;

    DemoEvaluation(EvaluationRulesService rules, EvaluationService evaluations, EvaluationQueries queries,
            AwardService awards, OfficeClock clock) {
        this.rules = rules;
        this.evaluations = evaluations;
        this.queries = queries;
        this.awards = awards;
        this.clock = clock;
    }

    void forCommittee(CommitteeEntity committee) {
        int year = clock.year();
        int last = year - 1;
        EvaluationTemplates.Code template = committee.name.contains("岳塘") ? EvaluationTemplates.Code.YUETANG
                : EvaluationTemplates.Code.TIELI;
        rules.create(last, committee.id, EvaluationRulesService.Start.valueOf(template.name()));
        evaluations.close(last, committee.id);
        PageParams best = new PageParams();
        best.page = 1;
        best.size = 3;
        List<EvaluationRow> top = queries.list(best, last, committee.id, null, null, null).items();
        LocalDate january = LocalDate.of(year, 1, AWARD_DAY);
        LocalDate awardedOn = clock.today().isBefore(january) ? clock.today() : january;
        for (EvaluationRow row : top) {
            awards.create(new AwardFields(committee.id, row.memberId(), last, last + "年度优秀政协委员", awardedOn,
                    "经主席会议研究决定，按" + last + "年度委员履职考评结果评出"));
        }
        evaluations.compute(year, committee.id);
    }
}
