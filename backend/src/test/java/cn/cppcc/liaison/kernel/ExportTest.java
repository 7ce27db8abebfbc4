package cn.cppcc.liaison.kernel;

import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.cppcc.liaison.support.Fixtures;
import cn.cppcc.liaison.support.Xlsx;
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
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * The export path apart from any feature (through {@link ExportProbe}): every batch's rows once and in order,
 * text neutralised and numbers plain; a failure before the first byte is a problem answer, one after it cuts the
 * connection, so no client takes a shortened file for a whole one.
 */
@QuarkusTest
class ExportTest {

    private static final String PROBE = "/test/csv-export";

    /** Long enough for any answer here, short enough that a hang fails the test rather than the build. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TestHTTPResource(PROBE)
    URL probe;

    @Test
    void everyBatchsRowsArriveOnceInOrderTextNeutralisedAndNumbersPlain() throws IOException {
        int rows = 2 * Export.BATCH + 1;
        byte[] body = Fixtures.outsideContract().queryParam("rows", rows).accept("text/csv").when().get(PROBE)
                .then().statusCode(200).contentType("text/csv").header("Content-Disposition",
                        "attachment; filename=\"rows.csv\"").extract().asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3));
        try (CSVParser parser = CSVParser.parse(new String(body, 3, body.length - 3, StandardCharsets.UTF_8),
                CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(List.of("编号", "内容", "差额", "日期"), parser.getHeaderNames());
            List<CSVRecord> records = parser.getRecords();
            assertEquals(rows, records.size());
            for (int i = 0; i < rows; i++) {
                long id = i + 1;
                assertEquals(List.of(String.valueOf(id), "'=" + id + "+1", "-" + id,
                        ExportProbe.DAY_ONE.plusDays(id).toString()), records.get(i).toList());
            }
        }
    }

    /**
     * The same rows as XLSX: the title, a frozen header, columns sized, ids and sums as numbers, days as dates, and
     * every text as a string cell exactly as typed, which no spreadsheet runs as a formula.
     */
    @Test
    void asXlsxTheRowsAreTypedCellsUnderATitleAndAFrozenHeader() {
        int rows = 2 * Export.BATCH + 1;
        byte[] body = Fixtures.outsideContract().queryParam("rows", rows).accept(Export.XLSX).when().get(PROBE)
                .then().statusCode(200).contentType(Export.XLSX).header("Content-Disposition",
                        "attachment; filename=\"rows.xlsx\"").extract().asByteArray();
        List<Row> sheet = Xlsx.rows(body);
        assertEquals("测试导出（rows=" + rows + "）", sheet.get(0).getCellText(0));
        assertEquals(List.of("编号", "内容", "差额", "日期"), sheet.get(1).stream().map(Cell::getText).toList());
        assertEquals(rows + 2, sheet.size());
        for (int i = 0; i < rows; i++) {
            Row row = sheet.get(i + 2);
            long id = i + 1;
            assertEquals(CellType.NUMBER, row.getCell(0).getType());
            assertEquals(id, row.getCell(0).asNumber().longValueExact());
            assertEquals(CellType.STRING, row.getCell(1).getType(), "text is never a formula");
            assertNull(row.getCell(1).getFormula());
            assertEquals("=" + id + "+1", row.getCell(1).asString());
            assertEquals(-id, row.getCell(2).asNumber().longValueExact());
            assertEquals(CellType.NUMBER, row.getCell(3).getType());
            assertEquals("yyyy-mm-dd", row.getCell(3).getDataFormatString());
            assertEquals(ExportProbe.DAY_ONE.plusDays(id), row.getCell(3).asDate().toLocalDate());
        }
        String xml = Xlsx.sheetXml(body, 1);
        assertTrue(xml.contains("state=\"frozen\"") && xml.contains("ySplit=\"2\""), "the header is frozen: " + xml
                .substring(0, Math.min(xml.length(), 600)));
        assertTrue(xml.contains("<col "), "the columns have widths");
    }

    @Test
    void anAcceptOfNeitherFormatIsRefused() {
        Fixtures.outsideContract().queryParam("rows", 1).accept("application/pdf").when().get(PROBE)
                .then().statusCode(406).contentType("application/problem+json");
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
            socket.getOutputStream().write(("GET " + PROBE + "?rows=" + 10 * Export.BATCH + "&failAfter="
                    + 2 * Export.BATCH + " HTTP/1.1\r\nHost: " + probe.getHost() + "\r\n\r\n")
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
            assertTrue(answer.contains("编号,内容,差额,日期"), "the file had started");
        }
        assertFalse(answer.endsWith("\r\n0\r\n\r\n"), "the file must not end as if whole");
    }
}
