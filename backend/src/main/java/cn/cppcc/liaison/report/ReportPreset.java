package cn.cppcc.liaison.report;

/**
 * A period named relative to the office's today, so a script run from cron asks for "last month" without date
 * arithmetic of its own: this or last month, quarter or year.
 */
public enum ReportPreset {
    THIS_MONTH, LAST_MONTH, THIS_QUARTER, LAST_QUARTER, THIS_YEAR, LAST_YEAR
}
