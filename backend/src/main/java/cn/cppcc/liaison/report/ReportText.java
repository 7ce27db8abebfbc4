package cn.cppcc.liaison.report;

import cn.cppcc.liaison.kernel.report.ReportFigure;
import cn.cppcc.liaison.kernel.report.ReportSlice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The paragraph an office puts in its quarterly or yearly report, in the words of the articles ("2026年第三季度，
 * 岳塘区政协 12 个委员工作室接待群众 326 人次，委员走访群众 34 人次，收集社情民意 85 条，推动解决 36 个；开展基层协商
 * 7 场（次），提出提案 2 件，撰写调研报告 3 篇。"), written from the same figures: the work with the public, then the
 * consultations, proposals and research. A figure that is zero, or that the row does not give, is left out with its
 * words, and a part with none left goes with its semicolon.
 */
final class ReportText {

    private ReportText() {
    }

    /**
     * @param label the period ("2026年第三季度") or the row's part of it
     * @param subject who did the work: the committee ("岳塘区政协") or the row's township, platform or studio
     * @param slice what a row is about, or null for the committee's own figures or a part of the period
     */
    static String of(String label, String subject, ReportSlice slice, Map<ReportFigure, Long> figures) {
        List<String> people = new ArrayList<>();
        long received = value(figures, ReportFigure.STUDIO_PEOPLE_RECEIVED);
        long studios = value(figures, ReportFigure.ACTIVE_STUDIOS);
        if (received > 0) {
            people.add(studios > 0 ? studios + " 个委员工作室接待群众 " + received + " 人次"
                    : slice == ReportSlice.STUDIO ? "接待群众 " + received + " 人次" : "委员工作室接待群众 " + received + " 人次");
        } else if (studios > 0) {
            people.add(studios + " 个委员工作室开展接待日");
        }
        if (received == 0) {
            // No reception day at a studio: the people received at the visits that went out to them.
            add(people, figures, ReportFigure.PEOPLE_RECEIVED, "委员接待走访群众 %d 人次");
        }
        add(people, figures, ReportFigure.HOUSEHOLD_MEMBER_VISITS, "委员走访群众 %d 人次");
        add(people, figures, ReportFigure.DUTY_DONE, "委员轮值履职 %d 次");
        add(people, figures, ReportFigure.OPINIONS_COLLECTED, "收集社情民意 %d 条");
        add(people, figures, ReportFigure.OPINIONS_SOLVED, "推动解决 %d 个");
        List<String> work = new ArrayList<>();
        add(work, figures, ReportFigure.CONSULTATIONS, "开展基层协商 %d 场（次）");
        add(work, figures, ReportFigure.PROPOSALS_FILED, "提出提案 %d 件");
        add(work, figures, ReportFigure.RESEARCH_REPORTS, "撰写调研报告 %d 篇");
        List<String> clauses = new ArrayList<>();
        join(clauses, people);
        join(clauses, work);
        if (clauses.isEmpty()) {
            return label + "，" + subject + "尚无委员工作室接待、走访群众、轮值履职、社情民意、协商、提案和调研报告的记录。";
        }
        String paragraph = String.join("；", clauses);
        // "岳塘区政协 12 个委员工作室…", as the articles set a number apart, but "岳塘区政协委员走访群众…".
        String gap = Character.isDigit(paragraph.charAt(0)) ? " " : "";
        return label + "，" + subject + gap + paragraph + "。";
    }

    private static long value(Map<ReportFigure, Long> figures, ReportFigure figure) {
        Long value = figures.get(figure);
        return value == null ? 0 : value;
    }

    private static void add(List<String> clause, Map<ReportFigure, Long> figures, ReportFigure figure,
            String words) {
        long value = value(figures, figure);
        if (value > 0) {
            clause.add(String.format(words, value));
        }
    }

    private static void join(List<String> clauses, List<String> parts) {
        if (!parts.isEmpty()) {
            clauses.add(String.join("，", parts));
        }
    }
}
