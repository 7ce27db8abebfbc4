package cn.cppcc.liaison.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each kind of column writes: text neutralised against formulas, numbers and dates as they are. */
class ExportColumnTest {

    @Test
    void textThatWouldStartAFormulaGetsALeadingQuote() {
        for (String formula : List.of("=cmd|' /C calc'!A0", "+1", "-1+2", "@SUM(A1)", "\t=1", "\r=1", "-", "=")) {
            assertEquals("'" + formula, ExportColumn.<String>text("标题", s -> s).csvCell(formula), formula);
        }
    }

    @Test
    void otherTextIsWrittenAsTyped() {
        for (String text : List.of("路灯不亮", "a=b", " =1", "'=1", "1+1", "（=1）", "\n=1", "")) {
            assertEquals(text, ExportColumn.<String>text("标题", s -> s).csvCell(text), text);
        }
        assertNull(ExportColumn.<String>text("标题", s -> s).csvCell(null));
    }

    @Test
    void numbersAndDatesAreNeverPrefixedANegativeNumberIsANumber() {
        assertEquals(-3L, ExportColumn.<Long>number("编号", n -> n).csvCell(-3L));
        assertEquals(88L, ExportColumn.<Long>number("编号", n -> n).csvCell(88L));
        assertEquals(LocalDate.of(2026, 3, 15), ExportColumn.<LocalDate>date("收集日期", d -> d).csvCell(LocalDate.of(2026, 3, 15)));
    }

    /** A moment reads as Beijing time to the minute, the day after in Beijing when it is past 16:00 UTC. */
    @Test
    void aMomentIsBeijingTimeToTheMinute() {
        ExportColumn<Instant> at = ExportColumn.dateTime("时间", i -> i);
        assertEquals("2026-03-15 09:30", at.csvCell(Instant.parse("2026-03-15T01:30:59Z")));
        assertEquals("2026-03-16 00:05", at.csvCell(Instant.parse("2026-03-15T16:05:00Z")));
        assertNull(at.csvCell(null));
    }

    @Test
    void yesNoReadsInChinese() {
        assertEquals("是", ExportColumn.<Boolean>yesNo("是否逾期", b -> b).csvCell(true));
        assertEquals("否", ExportColumn.<Boolean>yesNo("是否逾期", b -> b).csvCell(false));
        assertNull(ExportColumn.<Boolean>yesNo("是否逾期", b -> b).csvCell(null));
    }

    /** Excel refuses a cell past 32,767 characters: a longer text is cut there, never inside a character pair. */
    @Test
    void anExcelCellHoldsAtMostItsLimitAndSaysItWasCut() {
        String fits = "改".repeat(Export.CELL_CHARS);
        assertEquals(fits, Export.fitted(fits));
        String longer = Export.fitted("改".repeat(Export.CELL_CHARS + 1));
        assertEquals(Export.CELL_CHARS, longer.length());
        assertEquals(true, longer.endsWith(Export.CUT));
        String pairs = Export.fitted("😀".repeat(Export.CELL_CHARS));
        assertEquals(false, Character.isHighSurrogate(pairs.charAt(pairs.length() - Export.CUT.length() - 1)));
        assertEquals(true, pairs.length() <= Export.CELL_CHARS);
    }
}
