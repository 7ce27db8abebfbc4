package cn.cppcc.liaison.report;

import cn.cppcc.liaison.kernel.report.ReportFigure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The paragraph an office puts in its quarterly or yearly report, in the style of the articles ("本季度，12 个委员
 * 工作室接待群众 326 人次，收集社情民意 85 条，推动解决 36 个…"), written from the same figures; a clause whose
 * figures are all zero is left out.
 */
final class ReportText {

    private ReportText() {
    }

    static String of(ReportSummary.Period period, Map<ReportFigure, Long> figures) {
        List<String> clauses = new ArrayList<>();
        List<String> visits = new ArrayList<>();
        add(visits, figures, ReportFigure.ACTIVE_STUDIOS, "%d 个委员工作室开展接待日");
        List<String> received = new ArrayList<>();
        add(received, figures, ReportFigure.VISITS, "%d 次");
        add(received, figures, ReportFigure.PEOPLE_RECEIVED, "%d 人次");
        if (!received.isEmpty()) {
            visits.add("委员接待走访群众 " + String.join("、", received));
        }
        add(visits, figures, ReportFigure.MEMBERS_PRESENT, "委员参与 %d 人次");
        join(clauses, visits);
        List<String> duty = new ArrayList<>();
        add(duty, figures, ReportFigure.DUTY_DONE, "委员轮值履职 %d 次");
        join(clauses, duty);
        List<String> opinions = new ArrayList<>();
        add(opinions, figures, ReportFigure.OPINIONS_COLLECTED, "收集社情民意 %d 条");
        add(opinions, figures, ReportFigure.OPINIONS_ACCEPTED, "采用 %d 条");
        add(opinions, figures, ReportFigure.OPINIONS_FORWARDED, "报送上级 %d 条");
        add(opinions, figures, ReportFigure.OPINIONS_ADOPTED, "被上级采用 %d 条");
        add(opinions, figures, ReportFigure.OPINIONS_SOLVED, "推动解决实际问题 %d 个");
        join(clauses, opinions);
        List<String> consultations = new ArrayList<>();
        add(consultations, figures, ReportFigure.CONSULTATIONS, "开展基层协商 %d 场（次）");
        add(consultations, figures, ReportFigure.OUTCOMES_AGREED, "议定协商成果 %d 项");
        add(consultations, figures, ReportFigure.OUTCOMES_IMPLEMENTED, "落实 %d 项");
        join(clauses, consultations);
        List<String> proposals = new ArrayList<>();
        add(proposals, figures, ReportFigure.PROPOSALS_FILED, "提出提案 %d 件");
        add(proposals, figures, ReportFigure.PROPOSALS_ACCEPTED, "立案 %d 件");
        add(proposals, figures, ReportFigure.PROPOSALS_ANSWERED, "答复 %d 件");
        join(clauses, proposals);
        List<String> activities = new ArrayList<>();
        add(activities, figures, ReportFigure.ACTIVITIES, "开展调研、培训、志愿服务等自选动作 %d 次");
        add(activities, figures, ReportFigure.PEOPLE_REACHED, "服务群众 %d 人次");
        join(clauses, activities);
        if (clauses.isEmpty()) {
            return period.label() + "，尚无接待走访、社情民意、协商、提案和自选动作的记录。";
        }
        return period.label() + "，" + String.join("；", clauses) + "。";
    }

    private static void add(List<String> clause, Map<ReportFigure, Long> figures, ReportFigure figure,
            String words) {
        Long value = figures.get(figure);
        if (value != null && value > 0) {
            clause.add(String.format(words, value));
        }
    }

    private static void join(List<String> clauses, List<String> parts) {
        if (!parts.isEmpty()) {
            clauses.add(String.join("，", parts));
        }
    }
}
