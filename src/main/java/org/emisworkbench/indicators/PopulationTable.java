package org.emisworkbench.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.PopulationRecord;
import org.emisworkbench.model.Sex;

/** Population of one year by area code, single age and sex; a figure not given stays unknown, not 0. */
final class PopulationTable {
    static final int MAX_AGE = 99;
    private static final long UNKNOWN = -1;

    private final Map<String, long[]> byArea = new HashMap<>();

    void add(PopulationRecord p) {
        if (p.age() < 0 || p.age() > MAX_AGE) {
            return; // outside any school age; the importer reports odd ages
        }
        long[] row = byArea.computeIfAbsent(p.areaCode().toUpperCase(java.util.Locale.ROOT), k -> {
            long[] a = new long[2 * (MAX_AGE + 1)];
            java.util.Arrays.fill(a, UNKNOWN);
            return a;
        });
        int i = p.sex().ordinal() * (MAX_AGE + 1) + p.age();
        row[i] = (row[i] == UNKNOWN ? 0 : row[i]) + p.count();
    }

    boolean isEmpty() {
        return byArea.isEmpty();
    }

    boolean has(String area) {
        return area != null && byArea.containsKey(area.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * Population of the areas for ages {@code from}..{@code to}, one sex or both (null); null when any
     * area lacks any of these figures.
     */
    Long sum(List<String> areas, Sex sex, int from, int to) {
        long total = 0;
        for (String area : areas) {
            long[] row = area == null ? null : byArea.get(area.toUpperCase(java.util.Locale.ROOT));
            if (row == null) {
                return null;
            }
            for (Sex s : sex == null ? Sex.values() : new Sex[] {sex}) {
                for (int age = from; age <= to; age++) {
                    long v = row[s.ordinal() * (MAX_AGE + 1) + age];
                    if (v == UNKNOWN) {
                        return null;
                    }
                    total += v;
                }
            }
        }
        return total;
    }

    /** The areas the table holds figures for, as written (upper case), in order. */
    List<String> areas() {
        return byArea.keySet().stream().sorted().toList();
    }

    /** The areas among {@code areas} lacking some figure for ages from..to, for reasons. */
    List<String> lacking(List<String> areas, int from, int to) {
        List<String> out = new ArrayList<>();
        for (String area : areas) {
            if (sum(List.of(area), null, from, to) == null) {
                out.add(area);
            }
        }
        return out;
    }
}
