package cn.cppcc.liaison.opinion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cppcc.liaison.kernel.Export;
import cn.cppcc.liaison.support.Auth;
import cn.cppcc.liaison.support.CleanDatabase;
import com.sun.management.OperatingSystemMXBean;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A hundred thousand opinions with long resolutions export through HTTP in a JVM whose heap could not hold the file:
 * the surefire execution {@code bounded-heap} (backend/pom.xml) runs the classes tagged so, alone, with a small
 * {@code -Xmx}, and the test checks that the file it counted was larger than that heap (an export that builds the
 * file in memory answers 500 here, out of heap). The body is read as a stream,
 * not through the contract validator, which would hold it whole; OpinionExportTest checks the export against the
 * contract.
 */
@QuarkusTest
@Tag("bounded-heap")
class OpinionExportHeapTest {

    private static final int ROWS = 100_000;
    /** 13 characters, 39 bytes of UTF-8, written 110 times over: a resolution of 4.3 kB, 430 MB over every row. */
    private static final String RESOLUTION = "经现场核实，问题已经解决。";
    private static final int TIMES = 110;

    @TestHTTPResource("/api/v1/opinions/export")
    URL export;

    @AfterEach
    void leaveNoRowsBehind() {
        CleanDatabase.empty();
    }

    @Test
    void aHundredThousandOpinionsStreamAsCsvAndAsExcelThroughAHeapSmallerThanTheFile() throws Exception {
        OpinionWorld world = new OpinionWorld();
        long started = System.nanoTime();
        BulkOpinions.insert(world, ROWS, OpinionWorld.today(), RESOLUTION, TIMES);
        long inserted = System.nanoTime();
        OperatingSystemMXBean process = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = process.getProcessCpuTime();

        HttpRequest request = HttpRequest.newBuilder(URI.create(export + "?committeeId=" + world.committee))
                .header("Authorization", "Bearer " + Auth.adminToken())
                .header("Accept", "text/csv, application/problem+json").build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode(), () -> problem(response));
        assertEquals("text/csv;charset=UTF-8", response.headers().firstValue("Content-Type").orElse("")
                .replace(" ", ""));
        Set<Long> ids = new HashSet<>();
        long bytes;
        try (CountingStream body = new CountingStream(response.body())) {
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body.readNBytes(3));
            CSVParser rows = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(body, StandardCharsets.UTF_8));
            for (CSVRecord row : rows) {
                ids.add(Long.parseLong(row.get("编号")));
                assertEquals(RESOLUTION.length() * TIMES, row.get("办理结果").length());
            }
            bytes = body.count;
        }
        long exported = System.nanoTime();

        long maxHeap = Runtime.getRuntime().maxMemory();
        System.out.printf("opinion export: %,d rows, %,d bytes, heap limit %,d bytes; inserted in %.1f s,"
                        + " exported and read in %.1f s (%.1f s of this JVM's CPU)%n", ids.size(), bytes, maxHeap,
                (inserted - started) / 1e9, (exported - inserted) / 1e9,
                (process.getProcessCpuTime() - cpuBefore) / 1e9);
        assertEquals(ROWS, ids.size(), "every row once");
        // Java holds a Chinese character in two bytes where UTF-8 takes three: even as a string the file is larger.
        assertTrue(bytes * 2 / 3 > maxHeap, "the file (" + bytes + " bytes) must be larger than the heap ("
                + maxHeap + " bytes) even as a Java string, or this test proves nothing: run it in the bounded-heap"
                + " execution");

        // The same rows as Excel: the sheet's XML, before compression, is larger than the heap too.
        long xlsxStarted = System.nanoTime();
        HttpResponse<Path> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(export
                        + "?committeeId=" + world.committee)).header("Authorization", "Bearer " + Auth.adminToken())
                .header("Accept", Export.XLSX + ", application/problem+json").build(),
                HttpResponse.BodyHandlers.ofFile(Files.createTempFile("opinions", ".xlsx")));
        try {
            assertEquals(200, xlsx.statusCode());
            long downloaded = System.nanoTime();
            long sheetBytes;
            try (ZipFile zip = new ZipFile(xlsx.body().toFile())) {
                sheetBytes = zip.getEntry("xl/worksheets/sheet1.xml").getSize();
            }
            Set<Long> inExcel = new HashSet<>();
            try (ReadableWorkbook book = new ReadableWorkbook(xlsx.body().toFile());
                    Stream<Row> rows = book.getFirstSheet().openStream()) {
                rows.skip(2).forEach(row -> {
                    inExcel.add(row.getCell(0).asNumber().longValueExact());
                    assertEquals(RESOLUTION.length() * TIMES, row.getCellText(14).length());
                });
            }
            System.out.printf("opinion export as XLSX: %,d rows, %,d bytes (its sheet %,d bytes before compression);"
                            + " exported in %.1f s, read in %.1f s%n", inExcel.size(), Files.size(xlsx.body()),
                    sheetBytes, (downloaded - xlsxStarted) / 1e9, (System.nanoTime() - downloaded) / 1e9);
            assertEquals(ids, inExcel, "every row once in Excel too");
            assertTrue(sheetBytes > maxHeap, "the sheet (" + sheetBytes + " bytes) must be larger than the heap");
        } finally {
            Files.deleteIfExists(xlsx.body());
        }
    }

    private static String problem(HttpResponse<InputStream> response) {
        try (InputStream body = response.body()) {
            return new String(body.readNBytes(10_000), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Counts the bytes read through it. */
    private static final class CountingStream extends FilterInputStream {

        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count += Math.max(n, 0);
            return n;
        }
    }
}
