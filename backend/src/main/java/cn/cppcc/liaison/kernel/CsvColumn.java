package cn.cppcc.liaison.kernel;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * One column of an exported CSV: its Chinese header and what a row writes in it. Text is neutralised against
 * formula injection (OWASP): a cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return gets a leading {@code '}, so a spreadsheet shows what was typed instead of running it. Numbers and dates are
 * written as they are: {@code -3} is a number, not a formula.
 */
public final class CsvColumn<R> {

    final String header;
    private final Function<R, ?> cell;

    private CsvColumn(String header, Function<R, ?> cell) {
        this.header = header;
        this.cell = cell;
    }

    /** Free text, names and labels: anything a person may have typed. */
    public static <R> CsvColumn<R> text(String header, Function<R, String> value) {
        return new CsvColumn<>(header, row -> neutralised(value.apply(row)));
    }

    /** Ids and counts, written as numbers and never prefixed. */
    public static <R> CsvColumn<R> number(String header, Function<R, ? extends Number> value) {
        return new CsvColumn<>(header, value);
    }

    /** A day as 2026-03-15, which Excel reads as a date. */
    public static <R> CsvColumn<R> date(String header, Function<R, LocalDate> value) {
        return new CsvColumn<>(header, value);
    }

    /** 是 or 否. */
    public static <R> CsvColumn<R> yesNo(String header, Function<R, Boolean> value) {
        return new CsvColumn<>(header, row -> {
            Boolean yes = value.apply(row);
            return yes == null ? null : yes ? "是" : "否";
        });
    }

    /** What the row writes in this column: a String, a Number, a LocalDate, or null for an empty cell. */
    Object cell(R row) {
        return cell.apply(row);
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
