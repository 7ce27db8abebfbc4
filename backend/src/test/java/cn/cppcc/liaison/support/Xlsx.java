package cn.cppcc.liaison.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** An exported XLSX file read back: its sheets' rows with each cell's type and format, and a sheet's own XML. */
public final class Xlsx {

    private Xlsx() {
    }

    /** The rows of every sheet, in order; cells keep their type (number, string…) and date format. */
    public static List<List<Row>> sheets(byte[] file) {
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(file),
                new ReadingOptions(true, false))) {
            List<List<Row>> sheets = new ArrayList<>();
            for (Sheet sheet : book.getSheets().toList()) {
                sheets.add(sheet.read());
            }
            return sheets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first sheet's rows. */
    public static List<Row> rows(byte[] file) {
        return sheets(file).get(0);
    }

    /** The XML of the sheet {@code n} (1 for the first): where the frozen pane and the column widths are written. */
    public static String sheetXml(byte[] file, int n) {
        // Read through the central directory: the streamed entries carry their sizes after their data.
        try {
            Path copy = Files.createTempFile("export", ".xlsx");
            try (ZipFile zip = new ZipFile(Files.write(copy, file).toFile())) {
                ZipEntry entry = zip.getEntry("xl/worksheets/sheet" + n + ".xml");
                if (entry == null) {
                    throw new AssertionError("no sheet " + n + " in the file");
                }
                return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            } finally {
                Files.delete(copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
