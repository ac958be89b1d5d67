package org.emisworkbench.workbook;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The hidden rows with cells a reader met, by sheet: a workbook is read several times (to choose its
 * template, to find its year, to import it), so the same row is listed once however often it was met.
 */
final class HiddenRowTally {
    private final Map<String, SortedSet<Integer>> bySheet = new LinkedHashMap<>();

    void add(SheetInfo sheet, List<Integer> rows) {
        if (!rows.isEmpty()) {
            bySheet.computeIfAbsent(sheet.name(), k -> new TreeSet<>()).addAll(rows);
        }
    }

    /** 0-based hidden rows of {@code sheet} met so far, in order; empty when none (or the sheet was not read). */
    SortedSet<Integer> of(SheetInfo sheet) {
        SortedSet<Integer> rows = bySheet.get(sheet.name());
        return rows == null ? Collections.emptySortedSet() : Collections.unmodifiableSortedSet(rows);
    }
}
