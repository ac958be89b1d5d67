package org.emisworkbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * CSV fields opened by Excel in any locale: English Excel splits on commas, French Excel on semicolons.
 * A field holding either separator is quoted, so no part of it can become a field that starts a formula.
 */
class CsvFieldTest {
    @Test
    void aSemicolonFollowedByAFormulaIsQuotedWhole() {
        assertEquals("\";=cmd|' /C calc'!A0\"", SafeText.csvField(";=cmd|' /C calc'!A0"));
        assertEquals("\"School; =HYPERLINK(\"\"http://x\"\")\"", SafeText.csvField("School; =HYPERLINK(\"http://x\")"));
    }

    @Test
    void aFieldStartingAFormulaIsNeutralisedThenQuotedWhenItHoldsASeparator() {
        assertEquals("\"'=1+1;2\"", SafeText.csvField("=1+1;2"));
        assertEquals("'@SUM(A1)", SafeText.csvField("@SUM(A1)"));
        assertEquals("\"'\tx\"", SafeText.csvField("\tx"));
        assertEquals("\"a,b\"", SafeText.csvField("a,b"));
        assertEquals("\"two\nlines\"", SafeText.csvField("two\nlines"));
    }

    @Test
    void realNegativeNumbersStayNumbersButAnythingMoreIsText() {
        assertEquals("-12", SafeText.csvField("-12"));
        assertEquals("-0.5", SafeText.csvField("-0.5"));
        assertEquals("'-1+2", SafeText.csvField("-1+2"));
        assertEquals("'-12 pupils", SafeText.csvField("-12 pupils"));
        assertEquals("'+12", SafeText.csvField("+12"));
    }
}
