package cn.cppcc.liaison.demo;

import cn.cppcc.liaison.kernel.OfficeClock;
import java.time.LocalDate;

/**
 * The quarter in which 岳塘区 works at the volume of its article ("今年前三个月，委员工作室共接待群众320多人次，收集群众意见
 * 85条，为群众协商解决实际问题36个"; "14名委员先后走进群众家中30多人次…撰写调研报告3篇"): the last full calendar quarter before
 * the office's today, so a quarterly report asked on any day finds the article's figures in it. The demo's generators
 * draw that quarter of 岳塘区 to these figures and the other quarters at their usual pace.
 */
final class DemoArticleQuarter {

    /** The demo committee the article is about ({@link DemoCommittees#yuetang}). */
    static final String REGION = "岳塘区";
    /** 工作室接待群众: the people its 12 studios received at their reception days, "320多人次". */
    static final int STUDIO_PEOPLE_RECEIVED = 326;
    /** 收集社情民意: the opinions collected (submitted) in the quarter, "85条". */
    static final int OPINIONS_COLLECTED = 85;
    /** 推动解决: the opinions solved in the quarter, "36个". */
    static final int OPINIONS_SOLVED = 36;
    /** 委员走访群众: the members at household visits, the 书院路街道政协小组's "30多人次". */
    static final int HOUSEHOLD_MEMBER_VISITS = 34;
    /** 调研报告: the research reports of the quarter, "3篇". */
    static final int RESEARCH_REPORTS = 3;

    /** The quarter's first and last days. */
    final LocalDate from;
    final LocalDate to;

    DemoArticleQuarter(LocalDate today) {
        LocalDate thisQuarter = OfficeClock.quarterStart(today);
        this.from = thisQuarter.minusMonths(3);
        this.to = thisQuarter.minusDays(1);
    }

    static boolean isAbout(String region) {
        return REGION.equals(region);
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
