package cn.cppcc.liaison.kernel;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpConnection;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file streamed as its rows are read, the one way the product writes CSV: UTF-8 with a byte order mark (so
 * Excel reads the Chinese headers), cells neutralised by {@link CsvColumn}, and rows read in keyset batches, each in
 * a short transaction of its own, so neither the file, nor the result, nor the persistence context grows with the
 * number of rows, and there is no row limit. The first batch is read before the answer starts: a filter, permission
 * or query that fails is still a problem+json answer, never a cut file.
 */
public final class CsvExport<R> implements StreamingOutput {

    /** The rows read at a time: large enough for few queries, small enough that a batch weighs little. */
    public static final int BATCH = 500;

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private static final int CLOSE_SECONDS = 10;

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The rows of an export in its order, a batch at a time. */
    @FunctionalInterface
    public interface Batches<R> {
        /** At most {@code size} rows following {@code last}, the last row of the batch before (null for the first). */
        List<R> after(R last, int size);
    }

    private final List<CsvColumn<R>> columns;
    private final Batches<R> batches;
    private final HttpConnection connection;
    private List<R> first;

    private CsvExport(List<CsvColumn<R>> columns, Batches<R> batches, List<R> first, HttpConnection connection) {
        this.columns = columns;
        this.batches = batches;
        this.first = first;
        this.connection = connection;
    }

    /** Reads the first batch now, while a failure can still be answered; the rest is read as the file is written. */
    public static <R> CsvExport<R> of(List<CsvColumn<R>> columns, Batches<R> batches) {
        List<R> first = read(batches, null);
        return new CsvExport<>(columns, batches, first,
                Arc.container().instance(CurrentVertxRequest.class).get().getCurrent().request().connection());
    }

    /** The answer that downloads the file under {@code fileName}. */
    public Response attachment(String fileName) {
        return Response.ok(this, MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    /**
     * Once the answer has started, a failure can no longer become a problem answer, and the server would leave the
     * client waiting for the rest of a file that never comes: the connection is closed instead, so the client sees
     * a broken download at once, never a short file taken for a whole one, nor a wait without end.
     */
    @Override
    public void write(OutputStream output) throws IOException {
        try {
            writeAll(output);
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

    private void writeAll(OutputStream output) throws IOException {
        output.write(BOM);
        CSVPrinter printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8)),
                CSVFormat.EXCEL.builder().setHeader(columns.stream().map(c -> c.header).toArray(String[]::new)).get());
        List<R> batch = first;
        first = null;
        while (true) {
            for (R row : batch) {
                for (CsvColumn<R> column : columns) {
                    printer.print(column.cell(row));
                }
                printer.println();
            }
            // Each batch leaves as it is written; a client that stops reading stops the reading here.
            printer.flush();
            if (batch.size() < BATCH) {
                return;
            }
            batch = read(batches, batch.get(batch.size() - 1));
        }
    }

    private static <R> List<R> read(Batches<R> batches, R last) {
        return QuarkusTransaction.requiringNew().call(() -> batches.after(last, BATCH));
    }
}
