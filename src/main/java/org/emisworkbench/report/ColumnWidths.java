package org.emisworkbench.report;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Widens a table's columns where a header's longest word would not fit, taking the room from the columns that
 * have it to spare: a heading such as "Repeaters" or "Redoublants" is never broken mid-word in print. When even
 * the words together are wider than the page, the columns keep those proportions (the words then break, as
 * before; nothing is cut off).
 */
final class ColumnWidths {
    private ColumnWidths() {
    }

    /**
     * @param wanted    the relative widths the table asks for
     * @param headers   the header of each column
     * @param wordWidth the printed width, in points, of one word in the header font
     * @param padding   the cell's left plus right padding, in points
     * @param total     the table's width, in points
     * @return widths in points, adding up to {@code total}
     */
    static float[] fitting(float[] wanted, List<String> headers, ToDoubleFunction<String> wordWidth, float padding,
            float total) {
        int n = wanted.length;
        float[] least = new float[n];
        float leastSum = 0;
        float wantedSum = 0;
        for (int i = 0; i < n; i++) {
            double longest = 0;
            for (String word : headers.get(i).split("\\s+")) {
                longest = Math.max(longest, wordWidth.applyAsDouble(word));
            }
            least[i] = (float) longest + padding + 1;
            leastSum += least[i];
            wantedSum += wanted[i];
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
