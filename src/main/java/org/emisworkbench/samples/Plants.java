package org.emisworkbench.samples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The planted errors and the few structural oddities (missing, duplicated, stray rows) writers obey. */
final class Plants {
    /** A cell value meaning "write nothing here". */
    static final Object BLANK = new Object();

    private final List<Plant> all = new ArrayList<>();
    private final Map<String, Plant> byTarget = new HashMap<>();
    private final Set<String> missing = new HashSet<>();
    private final Set<String> duplicated = new HashSet<>();
    /** Wide workbooks ("D01|2024") that get a row of figures with no school code, by sheet. */
    private final Map<String, String> strayRows = new HashMap<>();

    /** Blank-key plants have school "" and a target naming their district. */
    private static String key(String school, int year, String target) {
        return school + "|" + year + "|" + target;
    }

    void add(Plant p) {
        all.add(p);
        if (byTarget.put(key(p.school, p.year, p.target), p) != null) {
            throw new IllegalStateException("Two plants on " + p.school + " " + p.target);
        }
    }

    Plant at(String school, int year, String target) {
        return byTarget.get(key(school, year, target));
    }

    void markMissing(String school, int year) {
        missing.add(school + "|" + year);
    }

    boolean isMissing(String school, int year) {
        return missing.contains(school + "|" + year);
    }

    void markDuplicated(String school, int year) {
        duplicated.add(school + "|" + year);
    }

    boolean isDuplicated(String school, int year) {
        return duplicated.contains(school + "|" + year);
    }

    void addStrayRow(String district, int year, String sheet) {
        strayRows.put(district + "|" + year, sheet);
    }

    String strayRowSheet(String district, int year) {
        return strayRows.get(district + "|" + year);
    }

    List<Plant> all() {
        return List.copyOf(all);
    }
}
