package cn.cppcc.liaison.memberimport;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * A row read as a member, before the member rules are applied: formats are checked here (男/女, 1975.03,
 * 2021年12月20日), emptiness and lengths by the rules. Sector, group and township are still names.
 */
record MemberDraft(
        String name,
        String gender,
        Integer birthYear,
        String ethnicity,
        String party,
        String sector,
        String group,
        String township,
        String employer,
        String jobTitle,
        String phone,
        LocalDate termStart,
        LocalDate termEnd) {

    /** Reads one row; a cell in a wrong format is recorded in {@code errors} and read as empty. */
    static MemberDraft read(RosterRow row, RowErrors errors) {
        return new MemberDraft(
                row.value(RosterColumn.NAME),
                parse(row, RosterColumn.GENDER, errors, RosterValues::gender),
                parse(row, RosterColumn.BIRTH_YEAR, errors, RosterValues::birthYear),
                row.value(RosterColumn.ETHNICITY),
                row.value(RosterColumn.PARTY),
                row.value(RosterColumn.SECTOR),
                row.value(RosterColumn.GROUP),
                row.value(RosterColumn.TOWNSHIP),
                row.value(RosterColumn.EMPLOYER),
                row.value(RosterColumn.JOB_TITLE),
                row.value(RosterColumn.PHONE),
                parse(row, RosterColumn.TERM_START, errors, text -> RosterValues.date(text, row.label(RosterColumn.TERM_START))),
                parse(row, RosterColumn.TERM_END, errors, text -> RosterValues.date(text, row.label(RosterColumn.TERM_END))));
    }

    private static <T> T parse(RosterRow row, RosterColumn column, RowErrors errors, Function<String, T> parser) {
        String text = row.value(column);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException wrongFormat) {
            errors.add(row, column, wrongFormat.getMessage());
            return null;
        }
    }
}
