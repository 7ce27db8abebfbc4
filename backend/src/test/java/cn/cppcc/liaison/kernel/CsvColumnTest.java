package cn.cppcc.liaison.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each kind of column writes: text neutralised against formulas, numbers and dates as they are. */
class CsvColumnTest {

    @Test
    void textThatWouldStartAFormulaGetsALeadingQuote() {
        for (String formula : List.of("=cmd|' /C calc'!A0", "+1", "-1+2", "@SUM(A1)", "\t=1", "\r=1", "-", "=")) {
            assertEquals("'" + formula, CsvColumn.<String>text("标题", s -> s).cell(formula), formula);
        }
    }

    @Test
    void otherTextIsWrittenAsTyped() {
        for (String text : List.of("路灯不亮", "a=b", " =1", "'=1", "1+1", "（=1）", "\n=1", "")) {
            assertEquals(text, CsvColumn.<String>text("标题", s -> s).cell(text), text);
        }
        assertNull(CsvColumn.<String>text("标题", s -> s).cell(null));
    }

    @Test
    void numbersAndDatesAreNeverPrefixedANegativeNumberIsANumber() {
        assertEquals(-3L, CsvColumn.<Long>number("编号", n -> n).cell(-3L));
        assertEquals(88L, CsvColumn.<Long>number("编号", n -> n).cell(88L));
        assertEquals(LocalDate.of(2026, 3, 15), CsvColumn.<LocalDate>date("收集日期", d -> d).cell(LocalDate.of(2026, 3, 15)));
    }

    @Test
    void yesNoReadsInChinese() {
        assertEquals("是", CsvColumn.<Boolean>yesNo("是否逾期", b -> b).cell(true));
        assertEquals("否", CsvColumn.<Boolean>yesNo("是否逾期", b -> b).cell(false));
        assertNull(CsvColumn.<Boolean>yesNo("是否逾期", b -> b).cell(null));
    }
}
