package org.emisworkbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One way to write a number for a reader, in English and in French. */
class NumbersTest {
    private static final Numbers EN = Numbers.of(Locale.ENGLISH);
    private static final Numbers FR = Numbers.of(Locale.FRENCH);

    @Test
    void countsAreWholeAndGroupedInTheReadersStyle() {
        assertEquals("53,941", EN.count(53941));
        assertEquals("53\u00a0941", FR.count(53941));
        assertEquals("1,234,567", EN.count(1234567.4));
        assertEquals("12", FR.count(12));
        assertEquals("\u22127", EN.count(-7), "a true minus sign");
    }

    @Test
    void percentagesHaveOneDecimalAndTheSignTheLanguageSets() {
        assertEquals("92.1%", EN.percent(92.06));
        assertEquals("92,1\u00a0%", FR.percent(92.06));
        assertEquals("100.0%", EN.percent(100));
        assertEquals("1\u00a0200,0\u00a0%", FR.percent(1200));
    }

    @Test
    void indicesHaveTwoDecimalsAndRatiosOne() {
        assertEquals("0.99", EN.index(0.9871));
        assertEquals("0,99", FR.index(0.9871));
        assertEquals("1.00", EN.index(1));
        assertEquals("38.5", EN.decimal(38.46));
        assertEquals("38,5", FR.decimal(38.46));
    }

    @Test
    void figuresOfNoSetKindDropTrailingZerosAndChangesCarryTheirSign() {
        assertEquals("537.62", EN.figure(537.6213));
        assertEquals("537,62", FR.figure(537.6213));
        assertEquals("12.5", EN.figure(12.5));
        assertEquals("53\u00a0941", FR.figure(53941));
        assertEquals("+537,62\u00a0%", FR.signedPercent(537.62));
        assertEquals("+537.62%", EN.signedPercent(537.62));
        assertEquals("\u221240%", EN.signedPercent(-40));
        assertEquals("1,2\u00a0pts", FR.points(1.23));
    }

    @Test
    void everyOtherLanguageReadsEnglishNumbers() {
        assertEquals("53,941", Numbers.of(Locale.GERMAN).count(53941));
        assertEquals("53,941", Numbers.of(null).count(53941));
    }

    @Test
    void formatsForChartsWriteAsTheMethodsDo() {
        assertEquals(FR.percent(45.25), FR.format(Numbers.Style.PERCENT).format(45.25));
        assertEquals(EN.percent(45.25), EN.format(Numbers.Style.PERCENT).format(45.25));
        assertEquals(FR.count(53941), FR.format(Numbers.Style.COUNT).format(53941));
        assertEquals(EN.index(0.987), EN.format(Numbers.Style.INDEX).format(0.987));
        assertEquals(FR.decimal(1234.56), FR.format(Numbers.Style.DECIMAL).format(1234.56));
    }
}
