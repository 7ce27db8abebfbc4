package cn.cppcc.liaison.opinion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
    void aHundredThousandOpinionsStreamThroughAHeapSmallerThanTheFile() throws Exception {
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
