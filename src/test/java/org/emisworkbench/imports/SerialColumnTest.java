package org.emisworkbench.imports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A column that numbers its rows is not census data left unread; a column of counts is. */
class SerialColumnTest {
    @Test
    void rowNumbersAreNotCensusData() {
        assertTrue(ColumnsReport.serial(List.of(1.0, 2.0, 3.0, 4.0)));
        assertTrue(ColumnsReport.serial(List.of(0.0, 1.0, 2.0)));
    }

    @Test
    void countsAreCensusData() {
        assertFalse(ColumnsReport.serial(List.of(1.0, 2.0)), "too short to tell");
        assertFalse(ColumnsReport.serial(List.of(1.0, 2.0, 4.0)));
        assertFalse(ColumnsReport.serial(List.of(5.0, 6.0, 7.0)), "a count that happens to grow by one");
        assertFalse(ColumnsReport.serial(List.of(1.0, 1.0, 1.0)));
        assertFalse(ColumnsReport.serial(List.of(12.0, 30.0, 7.0)));
    }
}
