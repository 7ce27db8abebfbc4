package cn.cppcc.liaison.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** An exported CSV file read back as Excel reads it: the byte order mark first, then the header and the rows. */
public final class Csv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Csv() {
    }

    /** The file's rows by header; {@code getParser().getHeaderNames()} of a row gives the header. */
    public static List<CSVRecord> records(byte[] file) {
        assertArrayEquals(BOM, Arrays.copyOf(file, 3), "a CSV export starts with a byte order mark");
        try (CSVParser parser = CSVParser.parse(new String(file, 3, file.length - 3, StandardCharsets.UTF_8),
                CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return new ArrayList<>(parser.getRecords());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
