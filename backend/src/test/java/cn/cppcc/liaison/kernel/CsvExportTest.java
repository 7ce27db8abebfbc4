package cn.cppcc.liaison.kernel;

import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.cppcc.liaison.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The export path apart from any feature (through {@link CsvExportProbe}): every batch's rows once and in order,
 * text neutralised and numbers plain; a failure before the first byte is a problem answer, one after it cuts the
 * connection, so no client takes a shortened file for a whole one.
 */
@QuarkusTest
class CsvExportTest {

    private static final String PROBE = "/test/csv-export";

    /** Long enough for any answer here, short enough that a hang fails the test rather than the build. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TestHTTPResource(PROBE)
    URL probe;

    @Test
    void everyBatchsRowsArriveOnceInOrderTextNeutralisedAndNumbersPlain() throws IOException {
        int rows = 2 * CsvExport.BATCH + 1;
        byte[] body = Fixtures.outsideContract().queryParam("rows", rows).accept("text/csv").when().get(PROBE)
                .then().statusCode(200).contentType("text/csv").header("Content-Disposition",
                        "attachment; filename=\"rows.csv\"").extract().asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3));
        try (CSVParser parser = CSVParser.parse(new String(body, 3, body.length - 3, StandardCharsets.UTF_8),
                CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(List.of("编号", "内容", "差额"), parser.getHeaderNames());
            List<CSVRecord> records = parser.getRecords();
            assertEquals(rows, records.size());
            for (int i = 0; i < rows; i++) {
                long id = i + 1;
                assertEquals(List.of(String.valueOf(id), "'=" + id + "+1", "-" + id), records.get(i).toList());
            }
        }
    }

    @Test
    void aFirstBatchThatFailsIsAProblemAnswerNotAFile() {
        assertFieldError(Fixtures.outsideContract().queryParams("rows", 10, "failAfter", 0)
                .accept("text/csv, application/problem+json").when().get(PROBE).then(), "failAfter")
                .header("Content-Disposition", nullValue());
    }

    /**
     * Read off the socket, not through an HTTP client: what matters is what a client of any make sees, which is a
     * connection that ends (closed or reset) before the chunked body's last chunk, and soon.
     */
    @Test
    void aFailureAfterTheFirstByteCutsTheConnectionInsteadOfEndingTheFile() throws Exception {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try (Socket socket = new Socket(probe.getHost(), probe.getPort())) {
            socket.setSoTimeout((int) WAIT.toMillis());
            socket.getOutputStream().write(("GET " + PROBE + "?rows=" + 10 * CsvExport.BATCH + "&failAfter="
                    + 2 * CsvExport.BATCH + " HTTP/1.1\r\nHost: " + probe.getHost() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    received.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException hang) {
                fail("the server neither ended nor cut the answer within " + WAIT.toSeconds() + " s");
            } catch (SocketException reset) {
                // A reset is a cut too.
            }
        }
        String answer = received.toString(StandardCharsets.UTF_8);
        if (!answer.isEmpty()) {
            assertTrue(answer.startsWith("HTTP/1.1 200"), answer.substring(0, Math.min(answer.length(), 100)));
            assertTrue(answer.contains("编号,内容,差额"), "the file had started");
        }
        assertFalse(answer.endsWith("\r\n0\r\n\r\n"), "the file must not end as if whole");
    }
}
