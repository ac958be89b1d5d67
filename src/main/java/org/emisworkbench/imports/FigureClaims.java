package org.emisworkbench.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.CellRef;

/**
 * Where each school's figure was first read in one workbook, to find a second giving of it.
 *
 * <p>A sheet of several rows per school (one row per school and grade, or per school, grade, sex and age)
 * claims every figure it reads, and its rows need not follow one another: the claims of the whole
 * workbook are held until it is read. Held as strings in a hash map they took about 150 bytes a figure
 * (a full Excel sheet of a long export, two million figures, filled a 512 MB heap); here a figure is a
 * long key (school number, figure number), a long place (sheet, row, column) and its value in an
 * open-addressing table, about 30 bytes. School codes and figure names are each held once.
 */
final class FigureClaims {
    /** Where a figure was read first. */
    record Given(String sheet, int row, int col, int value) {
        @Override
        public String toString() {
            return sheet + "!" + CellRef.a1(row, col) + " = " + value;
        }
    }

    private static final int MAX_LOAD_PERCENT = 70;
    private static final long EMPTY = 0L;

    private final Map<String, Integer> schools = new HashMap<>();
    private final Map<String, Integer> figures = new HashMap<>();
    private final Map<String, Integer> sheetNumbers = new HashMap<>();
    private final List<String> sheets = new ArrayList<>();

    /** Key + 1 (0 marks an empty place), place (sheet << 40 | row << 16 | column), and value. */
    private long[] keys = new long[1 << 10];
    private long[] places = new long[1 << 10];
    private int[] values = new int[1 << 10];
    private int size;

    /**
     * Records that {@code school}'s figure {@code figure} was read at {@code sheet}, row and column (0-based)
     * with {@code value}; returns where it was read before, or null when this is the first time.
     */
    Given claim(String school, String figure, String sheet, int row, int col, int value) {
        long key = (long) number(schools, school) << 32 | number(figures, figure);
        long stored = key + 1;
        int mask = keys.length - 1;
        int i = spread(stored) & mask;
        while (keys[i] != EMPTY) {
            if (keys[i] == stored) {
                long p = places[i];
                return new Given(sheets.get((int) (p >>> 40)), (int) (p >>> 16 & 0xFF_FFFF), (int) (p & 0xFFFF),
                        values[i]);
            }
            i = (i + 1) & mask;
        }
        keys[i] = stored;
        places[i] = (long) sheetNumber(sheet) << 40 | (long) row << 16 | col;
        values[i] = value;
        if (++size * 100L > (long) keys.length * MAX_LOAD_PERCENT) {
            grow();
        }
        return null;
    }

    /** Figures claimed so far. */
    int size() {
        return size;
    }

    private int sheetNumber(String sheet) {
        Integer n = sheetNumbers.get(sheet);
        if (n == null) {
            n = sheets.size();
            sheets.add(sheet);
            sheetNumbers.put(sheet, n);
        }
        return n;
    }

    private static int number(Map<String, Integer> numbers, String text) {
        Integer n = numbers.get(text);
        if (n == null) {
            n = numbers.size();
            numbers.put(text, n);
        }
        return n;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldPlaces = places;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        places = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = spread(oldKeys[j]) & mask;
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                places[i] = oldPlaces[j];
                values[i] = oldValues[j];
            }
        }
    }

    /** Mixes the bits of a key so that neighbouring schools and figures spread over the table. */
    private static int spread(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ h >>> 32);
    }
}
