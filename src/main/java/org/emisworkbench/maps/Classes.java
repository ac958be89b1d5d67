package org.emisworkbench.maps;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Cuts values into classes for a map. The colours run from light to dark in steady steps of lightness
 * (ColorBrewer's sequential blues), so the order of the classes survives grey-level printing.
 */
public final class Classes {
    /** Lightest to darkest, for 2 to 6 classes (ColorBrewer "Blues"). */
    private static final String[][] BLUES = {
        {"#c6dbef", "#2171b5"},
        {"#deebf7", "#9ecae1", "#3182bd"},
        {"#eff3ff", "#bdd7e7", "#6baed6", "#2171b5"},
        {"#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"},
        {"#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"}};
    /** The same steps in oranges (ColorBrewer "Oranges"): schools coloured over districts shaded in blues. */
    private static final String[][] ORANGES = {
        {"#fdd0a2", "#d94801"},
        {"#fee6ce", "#fdae6b", "#e6550d"},
        {"#feedde", "#fdbe85", "#fd8d3c", "#d94701"},
        {"#feedde", "#fdbe85", "#fd8d3c", "#e6550d", "#a63603"},
        {"#feedde", "#fdd0a2", "#fdae6b", "#fd8d3c", "#e6550d", "#a63603"}};
    public static final int MAX = 6;

    /** The colours a legend's classes run through, light to dark. */
    public enum Palette {
        BLUES(Classes.BLUES, "#6baed6"), ORANGES(Classes.ORANGES, "#fd8d3c");

        private final String[][] steps;
        private final String single;

        Palette(String[][] steps, String single) {
            this.steps = steps;
            this.single = single;
        }
    }

    private Classes() {
    }

    /**
     * The legend of {@code values} (nulls are no data) in at most {@code wanted} classes (2 to {@value #MAX}).
     * Quantile classes that would repeat a bound (many equal values) are merged, so there may be fewer.
     */
    public static Legend of(List<Double> values, ClassMethod method, int wanted) {
        return of(values, method, wanted, Palette.BLUES);
    }

    /** {@link #of(List, ClassMethod, int)} in the colours of {@code palette}. */
    public static Legend of(List<Double> values, ClassMethod method, int wanted, Palette palette) {
        Objects.requireNonNull(method, "method");
        int k = Math.max(2, Math.min(MAX, wanted));
        List<Double> known = new ArrayList<>();
        int noData = 0;
        for (Double v : values) {
            if (v == null || !Double.isFinite(v)) {
                noData++;
            } else {
                known.add(v);
            }
        }
        if (known.isEmpty()) {
            return new Legend(List.of(), noData);
        }
        known.sort(null);
        double min = known.get(0);
        double max = known.get(known.size() - 1);
        List<Double> tops = new ArrayList<>();
        if (min == max) {
            tops.add(max);
        } else if (method == ClassMethod.EQUAL_INTERVALS) {
            for (int i = 1; i <= k; i++) {
                tops.add(i == k ? max : min + (max - min) * i / k);
            }
        } else {
            int n = known.size();
            for (int i = 1; i <= k; i++) {
                double top = known.get(Math.max(0, (int) Math.ceil((double) i * n / k) - 1));
                if (tops.isEmpty() || top > tops.get(tops.size() - 1)) {
                    tops.add(top);
                }
            }
        }
        String[] steps = palette.steps[Math.max(0, tops.size() - 2)];
        List<Legend.Band> bands = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < tops.size(); i++) {
            double from = i == 0 ? min : tops.get(i - 1);
            double to = tops.get(i);
            int count = 0;
            while (at < known.size() && (known.get(at) <= to || i == tops.size() - 1)) {
                count++;
                at++;
            }
            bands.add(new Legend.Band(from, to, count, tops.size() == 1 ? Color.decode(palette.single)
                    : Color.decode(steps[i])));
        }
        return new Legend(bands, noData);
    }

    /**
     * The legend of categories: value {@code i} (0, 1, 2…) is category {@code i}, named {@code labels.get(i)}
     * and filled with {@code fills.get(i)}; every category is listed, even with none in it, so the reader
     * sees "0 with errors" rather than no line. Nulls and values of no category are no data.
     */
    public static Legend categories(List<Double> values, List<String> labels, List<Color> fills) {
        if (labels.size() != fills.size()) {
            throw new IllegalArgumentException("as many labels as colours");
        }
        int[] counts = new int[labels.size()];
        int noData = 0;
        for (Double v : values) {
            int i = v == null || !Double.isFinite(v) ? -1 : (int) Math.rint(v);
            if (i < 0 || i >= counts.length || i != v) {
                noData++;
            } else {
                counts[i]++;
            }
        }
        List<Legend.Band> bands = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            bands.add(new Legend.Band(i, i, counts[i], fills.get(i), labels.get(i)));
        }
        return new Legend(bands, noData);
    }
}
