package cn.cppcc.liaison.memberimport;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the ways people write genders, years and dates in a spreadsheet; a wrong one throws with what to write. */
final class RosterValues {

    /** 1975, 1975.03, 1975-3, 1975/03/12, 1975年3月12日, 19750312 */
    private static final Pattern DATE_LIKE = Pattern.compile(
            "(\\d{4})(?:[.\\-/年]\\s*(\\d{1,2})\\s*(?:[.\\-/月]\\s*(\\d{1,2})\\s*日?|月)?|(\\d{2})(\\d{2}))?");

    private RosterValues() {
    }

    /** The cell's text without surrounding (also full-width) spaces; null when nothing is left. */
    static String text(String cell) {
        if (cell == null) {
            return null;
        }
        String stripped = cell.replace('\u00A0', ' ').replace("\uFEFF", "").strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** How names are compared: full-width letters and stray spaces do not make another name. */
    static String key(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "");
    }

    static String gender(String text) {
        return switch (text) {
            case "男", "男性" -> "MALE";
            case "女", "女性" -> "FEMALE";
            default -> throw new IllegalArgumentException("性别应为“男”或“女”，实际为“" + text + "”");
        };
    }

    static int birthYear(String text) {
        LocalDate date = parse(text, false);
        if (date == null) {
            throw new IllegalArgumentException("出生年月应写成 1975、1975.03 或 1975-03-12 这样，实际为“" + text + "”");
        }
        return date.getYear();
    }

    /** A term date; a month without a day means the first of that month. */
    static LocalDate date(String text, String column) {
        LocalDate date = parse(text, true);
        if (date == null) {
            throw new IllegalArgumentException(column + "应为日期，如 2021-12-20、2021.12.20 或 2021年12月20日，实际为“" + text + "”");
        }
        return date;
    }

    private static LocalDate parse(String text, boolean monthRequired) {
        Matcher m = DATE_LIKE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String month = m.group(2) != null ? m.group(2) : m.group(4);
        String day = m.group(2) != null ? m.group(3) : m.group(5);
        if (month == null && monthRequired) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), month == null ? 1 : Integer.parseInt(month),
                    day == null ? 1 : Integer.parseInt(day));
        } catch (DateTimeException impossible) {
            return null;
        }
    }
}
