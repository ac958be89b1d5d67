package org.emisworkbench.report;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Widens a table's columns where a word of the column would not fit — a header such as "Repeaters" or
 * "Redoublants", a school code such as SCH03001, a level such as "secondary" — taking the room from the columns
 * that have it to spare: nothing printed is broken mid-word while the page has room. When even the longest words
 * together are wider than the page, the columns keep those proportions (words then break, as before; nothing is
 * cut off). Filled in as the table's cells are written ({@link #word}), applied before it is printed.
 */
final class ColumnWidths {
    private final float[] wanted;
    private final float[] least;
    private int cells;

    /**
     * @param wanted the relative widths the table asks for
     */
    ColumnWidths(float[] wanted) {
        this.wanted = wanted.clone();
        this.least = new float[wanted.length];
    }

    /** The next cell, left to right then down, holds a word this wide in points (padding included). */
    void cell(double widestWord) {
        int col = cells++ % least.length;
        least[col] = Math.max(least[col], (float) widestWord);
    }

    /** Widths in points adding up to {@code total}. */
    float[] fitting(float total) {
        return fitting(wanted, least, total);
    }

    /** The widest word of a text, as {@code wordWidth} measures one. */
    static double widestWord(String text, java.util.function.ToDoubleFunction<String> wordWidth) {
        double widest = 0;
        for (String word : (text == null ? "" : text).split("[ \\t\\n]+")) {
            widest = Math.max(widest, wordWidth.applyAsDouble(word));
        }
        return widest;
    }

    /**
     * @param wanted the relative widths the table asks for
     * @param least  the width each column needs, in points, for its widest word
     * @param total  the table's width, in points
     * @return widths in points, adding up to {@code total}
     */
    static float[] fitting(float[] wanted, float[] least, float total) {
        int n = wanted.length;
        float leastSum = 0;
        for (int i = 0; i < n; i++) {
            leastSum += least[i];
        }
        if (leastSum >= total) {
            float[] scaled = new float[n];
            for (int i = 0; i < n; i++) {
                scaled[i] = least[i] * total / leastSum;
            }
            return scaled;
        }
        // Fix the columns that need their word's width, share what is left among the others as asked; repeat,
        // as a share taken away can leave another column short of its word.
        boolean[] fixed = new boolean[n];
        float[] widths = new float[n];
        boolean changed = true;
        while (changed) {
            changed = false;
            float free = total;
            float freeWanted = 0;
            for (int i = 0; i < n; i++) {
                if (fixed[i]) {
                    free -= least[i];
                } else {
                    freeWanted += wanted[i];
                }
            }
            for (int i = 0; i < n; i++) {
                widths[i] = fixed[i] ? least[i] : (freeWanted == 0 ? 0 : free * wanted[i] / freeWanted);
                if (!fixed[i] && widths[i] < least[i]) {
                    fixed[i] = true;
                    changed = true;
                }
            }
        }
        return widths;
    }
}
