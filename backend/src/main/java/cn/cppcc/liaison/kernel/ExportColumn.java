package cn.cppcc.liaison.kernel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;

/**
 * One column of an export: its Chinese header, its kind and what a row writes in it. In a CSV file, text is
 * neutralised against formula injection (OWASP): a cell that begins with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return gets a leading {@code '}, so a spreadsheet shows what was typed instead of running it.
 * In an XLSX file every text is a string cell, which a spreadsheet never runs, and is written as typed. Numbers and
 * dates are written as numbers and dates in both: {@code -3} is a number, not a formula.
 */
public final class ExportColumn<R> {

    /** What a column holds, which decides how each format writes it. */
    public enum Kind {
        TEXT, NUMBER, DATE, DATE_TIME
    }

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    final String header;
    final Kind kind;
    private final Function<R, ?> cell;

    private ExportColumn(String header, Kind kind, Function<R, ?> cell) {
        this.header = header;
        this.kind = kind;
        this.cell = cell;
    }

    /** Free text, names and labels: anything a person may have typed. */
    public static <R> ExportColumn<R> text(String header, Function<R, String> value) {
        return new ExportColumn<>(header, Kind.TEXT, value);
    }

    /** Ids, counts and sums, written as numbers and never prefixed. */
    public static <R> ExportColumn<R> number(String header, Function<R, ? extends Number> value) {
        return new ExportColumn<>(header, Kind.NUMBER, value);
    }

    /** A day: 2026-03-15 in a CSV file, which Excel reads as a date; a date cell in an XLSX file. */
    public static <R> ExportColumn<R> date(String header, Function<R, LocalDate> value) {
        return new ExportColumn<>(header, Kind.DATE, value);
    }

    /** A moment as Beijing time to the minute: 2026-03-15 09:30 in a CSV file; a date-time cell in an XLSX file. */
    public static <R> ExportColumn<R> dateTime(String header, Function<R, Instant> value) {
        return new ExportColumn<>(header, Kind.DATE_TIME, row -> {
            Instant at = value.apply(row);
            return at == null ? null : LocalDateTime.ofInstant(at, OfficeClock.ZONE).truncatedTo(ChronoUnit.MINUTES);
        });
    }

    /** 是 or 否. */
    public static <R> ExportColumn<R> yesNo(String header, Function<R, Boolean> value) {
        return new ExportColumn<>(header, Kind.TEXT, row -> {
            Boolean yes = value.apply(row);
            return yes == null ? null : yes ? "是" : "否";
        });
    }

    public String header() {
        return header;
    }

    /**
     * What the row holds in this column: a String, a Number, a LocalDate or a LocalDateTime by its kind, or null for
     * an empty cell.
     */
    Object value(R row) {
        return cell.apply(row);
    }

    /** What a CSV file writes in this column for the row: the value, text neutralised. */
    Object csvCell(R row) {
        Object value = value(row);
        return switch (kind) {
            case TEXT -> neutralised((String) value);
            case DATE_TIME -> value == null ? null : MINUTE.format((LocalDateTime) value);
            default -> value;
        };
    }

    /** The text as a spreadsheet must show it: a leading ' when it would otherwise start a formula. */
    public static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
