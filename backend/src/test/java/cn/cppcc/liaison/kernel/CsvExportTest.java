package cn.cppcc.liaison.kernel;

import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.cppcc.liaison.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

    @Test
    void aFailureAfterTheFirstByteCutsTheConnectionInsteadOfEndingTheFile() throws Exception {
        HttpResponse<InputStream> response;
        try {
            response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(probe + "?rows=" + 10 * CsvExport.BATCH + "&failAfter=" + 2 * CsvExport.BATCH)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException cut) {
            // The reset reached the client before it had read the headers (TCP drops what was not yet read):
            // no file at all, which is as good as a broken one.
            return;
        }
        assertEquals(200, response.statusCode());
        try (InputStream body = response.body()) {
            assertThrows(IOException.class, () -> body.transferTo(OutputStream.nullOutputStream()));
        }
    }
}
