package cn.cppcc.liaison.kernel;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpConnection;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A list or a report as a file streamed as its rows are read, the one way the product writes exports, as CSV or
 * XLSX by the client's {@code Accept} ({@link Format#accepted}). Rows are read in keyset batches, each in a short
 * transaction of its own, so neither the file, nor the result, nor the persistence context grows with the number of
 * rows, and there is no row limit. The first batch is read before the answer starts: a filter, permission or query
 * that fails is still a problem+json answer, never a cut file.
 *
 * <p>CSV: UTF-8 with a byte order mark (so Excel reads the Chinese headers), the header on the first line, cells
 * neutralised by {@link ExportColumn}. XLSX: a title row naming what was exported (the committee, period and
 * filters), then the header, frozen, bold and shaded; columns as wide as their Chinese headers and first rows;
 * numbers as numbers, days as dates, text as inline strings (kept with their row, not in a table that grows with
 * the file); past a sheet's 1,048,576 rows the rows go on in a sheet 续1, 续2…
 */
public final class Export<R> implements StreamingOutput {

    /** The rows read at a time: large enough for few queries, small enough that a batch weighs little. */
    public static final int BATCH = 500;

    public static final String CSV = "text/csv; charset=UTF-8";

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int CLOSE_SECONDS = 10;

    /** The most characters an Excel cell holds, and what a text cut to fit ends with. */
    static final int CELL_CHARS = 32_767;
    static final String CUT = "…（超出 Excel 单元格上限，完整内容见 CSV）";

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final String HEAD_FILL = "DDEBF7";

    /** Widths in Excel's units (a Latin character), a Chinese character counting two. */
    private static final int NARROWEST = 6;
    private static final int WIDEST = 60;
    private static final int DATE_WIDTH = 12;
    private static final int DATE_TIME_WIDTH = 17;

    /** The formats an export is written in. */
    public enum Format {
        CSV(Export.CSV, "csv"), XLSX(Export.XLSX, "xlsx");

        public final String mediaType;
        public final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        /**
         * The format the client asks for: the first of its {@code Accept} types, in its order of preference, that
         * names CSV or XLSX; CSV when it accepts anything ({@code *}{@code /*}) or says nothing. An {@code Accept}
         * that allows neither never reaches here: the resource's {@code @Produces} answers it 406.
         */
        public static Format accepted(HttpHeaders headers) {
            return accepted(headers, CSV);
        }

        /** As {@link #accepted(HttpHeaders)}, with {@code otherwise} for a client that accepts anything. */
        public static Format accepted(HttpHeaders headers, Format otherwise) {
            for (MediaType type : headers.getAcceptableMediaTypes()) {
                if (type.isWildcardType()) {
                    return otherwise;
                }
                if (type.isCompatible(MediaType.valueOf(Export.CSV))) {
                    return CSV;
                }
                if (type.isCompatible(MediaType.valueOf(Export.XLSX))) {
                    return XLSX;
                }
            }
            return otherwise;
        }
    }

    /** The rows of an export in its order, a batch at a time. */
    @FunctionalInterface
    public interface Batches<R> {
        /** At most {@code size} rows following {@code last}, the last row of the batch before (null for the first). */
        List<R> after(R last, int size);
    }

    private final Format format;
    private final String title;
    private final List<ExportColumn<R>> columns;
    private final Batches<R> batches;
    private final HttpConnection connection;
    private List<R> first;

    private Export(Format format, String title, List<ExportColumn<R>> columns, Batches<R> batches, List<R> first,
            HttpConnection connection) {
        this.format = format;
        this.title = title;
        this.columns = columns;
        this.batches = batches;
        this.first = first;
        this.connection = connection;
    }

    /**
     * Reads the first batch now, while a failure can still be answered; the rest is read as the file is written.
     * {@code title} names what is exported (the committee, the period, the filters) in an XLSX file's first row.
     */
    public static <R> Export<R> of(Format format, String title, List<ExportColumn<R>> columns, Batches<R> batches) {
        List<R> first = read(batches, null);
        return new Export<>(format, title, columns, batches, first,
                Arc.container().instance(CurrentVertxRequest.class).get().getCurrent().request().connection());
    }

    /**
     * A list's pages as an export's batches, in the list's own order ({@code sort}, null for its default) and
     * through the list's own method, so the file holds what the list holds, masked and logged alike: for lists of
     * a committee's size (a roster, a year's visits), where paging by offset costs little.
     */
    public static <R> Batches<R> pages(String sort, Function<PageParams, List<R>> list) {
        int[] next = {1};
        return (last, size) -> {
            PageParams page = new PageParams();
            page.page = last == null ? 1 : next[0];
            page.size = size;
            page.sort = sort;
            page.counted = false;
            next[0] = page.page + 1;
            return list.apply(page);
        };
    }

    /** Rows already at hand (a report's), written as a file: one batch, nothing more to read. */
    public static <R> Export<R> of(Format format, String title, List<ExportColumn<R>> columns, List<R> rows) {
        List<R> all = List.copyOf(rows);
        return of(format, title, columns, (last, size) -> last == null ? all : List.of());
    }

    /**
     * A list's title: what it is, whose ({@code committee}, or every committee the caller reads when null), the
     * filters the request gave (as the client wrote them, so the file says how to ask for it again) and the day.
     */
    public static String title(String what, String committee, Map<String, List<String>> filters, LocalDate today) {
        StringBuilder title = new StringBuilder(committee == null ? "全部可查看的政协" : committee).append(" ").append(what);
        List<String> given = new ArrayList<>();
        filters.forEach((name, values) -> values.forEach(value -> given.add(name + "=" + value)));
        title.append("（").append(given.isEmpty() ? "无筛选条件" : "筛选条件：" + String.join("，", given))
                .append("；导出于 ").append(today).append("）");
        return title.toString();
    }

    /** The answer that downloads the file as {@code name} with the format's extension. */
    public Response attachment(String name) {
        return Response.ok(this, format.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format.extension + "\"")
                .build();
    }

    /**
     * Once the answer has started, a failure can no longer become a problem answer, and the server would leave the
     * client waiting for the rest of a file that never comes: the connection is closed instead, so the client sees
     * a broken download at once, never a short file taken for a whole one, nor a wait without end.
     */
    @Override
    public void write(OutputStream output) throws IOException {
        try {
            if (format == Format.CSV) {
                writeCsv(output);
            } else {
                writeXlsx(output);
            }
        } catch (IOException | RuntimeException | Error failure) {
            // Closed before the failure goes on: what handles it next would otherwise end the file as if whole.
            try {
                connection.close().toCompletionStage().toCompletableFuture().get(CLOSE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException notClosed) {
                failure.addSuppressed(notClosed);
            }
            throw failure;
        }
    }

    private void writeCsv(OutputStream output) throws IOException {
        output.write(BOM);
        CSVPrinter printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8)),
                CSVFormat.EXCEL.builder().setHeader(columns.stream().map(c -> c.header).toArray(String[]::new)).get());
        List<R> batch = first;
        first = null;
        while (true) {
            for (R row : batch) {
                for (ExportColumn<R> column : columns) {
                    printer.print(column.csvCell(row));
                }
                printer.println();
            }
            // Each batch leaves as it is written; a client that stops reading stops the reading here.
            printer.flush();
            batch = next(batch);
            if (batch == null) {
                return;
            }
        }
    }

    private void writeXlsx(OutputStream output) throws IOException {
        Workbook book = new Workbook(output, "政协委员联系群众平台", "1.0");
        List<R> batch = first;
        first = null;
        int[] widths = widths(batch);
        int sheets = 0;
        Worksheet sheet = sheet(book, sheets++, widths);
        int r = 2;
        while (true) {
            for (R row : batch) {
                if (r == Worksheet.MAX_ROWS) {
                    sheet.finish();
                    sheet = sheet(book, sheets++, widths);
                    r = 2;
                }
                for (int c = 0; c < columns.size(); c++) {
                    cell(sheet, r, c, columns.get(c), row);
                }
                r++;
            }
            sheet.flush();
            output.flush();
            batch = next(batch);
            if (batch == null) {
                sheet.finish();
                book.finish();
                return;
            }
        }
    }

    /** A sheet with the title and the frozen header: 明细, then 续1, 续2… for rows past a sheet's limit. */
    private Worksheet sheet(Workbook book, int number, int[] widths) {
        Worksheet sheet = book.newWorksheet(number == 0 ? "明细" : "续" + number);
        sheet.inlineString(0, 0, title);
        sheet.style(0, 0).bold().fontSize(12).set();
        for (int c = 0; c < columns.size(); c++) {
            sheet.inlineString(1, c, columns.get(c).header);
            sheet.style(1, c).bold().fillColor(HEAD_FILL).wrapText(true).set();
            sheet.width(c, widths[c]);
        }
        sheet.freezePane(0, 2);
        return sheet;
    }

    private void cell(Worksheet sheet, int r, int c, ExportColumn<R> column, R row) {
        Object value = column.value(row);
        if (value == null) {
            return;
        }
        switch (column.kind) {
            case NUMBER -> sheet.value(r, c, (Number) value);
            case DATE -> {
                sheet.value(r, c, (LocalDate) value);
                sheet.style(r, c).format("yyyy-mm-dd").set();
            }
            case DATE_TIME -> {
                sheet.value(r, c, (LocalDateTime) value);
                sheet.style(r, c).format("yyyy-mm-dd hh:mm").set();
            }
            case TEXT -> sheet.inlineString(r, c, fitted((String) value));
            default -> throw new IllegalStateException(column.kind.name());
        }
    }

    /**
     * The text as a cell can hold it: Excel refuses a file with a cell past 32,767 characters, so a longer text
     * (a long change in the trail) is cut there and says so; the CSV file keeps it whole.
     */
    static String fitted(String text) {
        if (text.length() <= CELL_CHARS) {
            return text;
        }
        int end = CELL_CHARS - CUT.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + CUT;
    }

    /** Each column as wide as its header or the widest of the first rows' cells, within bounds. */
    private int[] widths(List<R> sample) {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            ExportColumn<R> column = columns.get(c);
            int width = Math.max(NARROWEST, width(column.header));
            if (column.kind == ExportColumn.Kind.DATE) {
                width = Math.max(width, DATE_WIDTH);
            } else if (column.kind == ExportColumn.Kind.DATE_TIME) {
                width = Math.max(width, DATE_TIME_WIDTH);
            } else {
                for (R row : sample.subList(0, Math.min(sample.size(), 100))) {
                    Object value = column.value(row);
                    width = Math.max(width, value == null ? 0 : width(value.toString()));
                }
            }
            widths[c] = Math.min(WIDEST, width + 2);
        }
        return widths;
    }

    private static int width(String text) {
        return text.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum();
    }

    /** The batch after {@code batch}, or null when it was the last. */
    private List<R> next(List<R> batch) {
        if (batch.size() < BATCH) {
            return null;
        }
        List<R> next = read(batches, batch.get(batch.size() - 1));
        return next.isEmpty() ? null : next;
    }

    private static <R> List<R> read(Batches<R> batches, R last) {
        return QuarkusTransaction.requiringNew().call(() -> batches.after(last, BATCH));
    }
}
