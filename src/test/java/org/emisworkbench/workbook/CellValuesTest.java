package org.emisworkbench.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CellValuesTest {
    @Test
    void fastNumberParsingAgreesWithTheJdk() {
        for (String s : new String[] {"0", "34", "-34", "34.5", "0.1", "123456789012345", "1234567890123456789",
            "0.30000000000000004", "1.0E7", "1.5E-3", "-0.0", "99999.99999", ".5", "5."}) {
            assertEquals(Double.parseDouble(s), CellValues.parseNumber(s), s);
        }
        Random r = new Random(1);
        for (int i = 0; i < 100_000; i++) {
            String s = Long.toString(r.nextLong() % 1_000_000_000_000L) + "." + Math.abs(r.nextInt() % 1000);
            assertEquals(Double.parseDouble(s), CellValues.parseNumber(s), s);
        }
        for (String s : new String[] {"", "-", ".", "12 ", "twelve", "NaN", "Infinity", "0x10", "12d", "1.2.3"}) {
            assertTrue(Double.isNaN(CellValues.parseNumber(s)), s);
        }
    }

    @Test
    void numberTextForBinaryValues() {
        assertEquals("34", CellValues.numberText(34));
        assertEquals("0", CellValues.numberText(-0.0));
        assertEquals("34.5", CellValues.numberText(34.5));
        assertEquals("1.0E15", CellValues.numberText(1e15));
    }

    @Test
    void references() {
        assertEquals(0, CellValues.column("A1"));
        assertEquals(5, CellValues.column("F17"));
        assertEquals(26, CellValues.column("AA3"));
        assertEquals(16_383, CellValues.column("XFD1048576"));
        assertEquals(5, CellValues.column("$F$17"));
        assertEquals(-1, CellValues.column("17"));
        assertEquals(-1, CellValues.column("ABCD1"));
        assertEquals(16, CellValues.row("F17"));
        assertEquals(-1, CellValues.row("F"));
        assertEquals(new CellRange(0, 2, 0, 2), CellValues.range("A1:C3"));
        assertEquals(new CellRange(1, 1, 1, 1), CellValues.range("B2"));
        assertNull(CellValues.range("nonsense"));
        assertEquals(41, CellValues.parseIndex("41"));
        assertEquals(-1, CellValues.parseIndex("4x"));
    }

    @Test
    void isoDatesAndEscapes() {
        assertEquals(45352, CellValues.isoDate("2024-03-01"));
        assertEquals(45352.5, CellValues.isoDate("2024-03-01T12:00:00"));
        assertTrue(Double.isNaN(CellValues.isoDate("March 2024")));
        assertEquals("a\tb_x00", CellValues.unescape("a_x0009_b_x00"));
    }
}
