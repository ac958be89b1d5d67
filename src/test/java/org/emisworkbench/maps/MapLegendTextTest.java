package org.emisworkbench.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** How a map legend writes a class's bounds: never "89.2 – 89.2". */
class MapLegendTextTest {
    private final MapFurniture english = new MapFurniture(null, "t", null, null, true, 0, Locale.ENGLISH);
    private final MapFurniture french = new MapFurniture(null, "t", null, null, true, 0, Locale.FRENCH);

    @Test
    void aClassOfOneValueIsWrittenOnce() {
        assertEquals("89.2", english.range(89.2, 89.2));
        assertEquals("12", english.range(12, 12));
    }

    @Test
    void boundsThatWouldPrintAlikeGetMoreDecimals() {
        assertEquals("89.21 – 89.24", english.range(89.21, 89.24));
        assertEquals("89,21 – 89,24", french.range(89.21, 89.24));
        assertEquals("0.501 – 0.502", english.range(0.5011, 0.5019));
    }

    @Test
    void ordinaryBoundsAreUnchanged() {
        assertEquals("12.5 – 30", english.range(12.5, 30));
        assertEquals("100 – 250", english.range(100.4, 250.2));
    }
}
