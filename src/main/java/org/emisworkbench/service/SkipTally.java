package org.emisworkbench.service;

import java.util.EnumMap;
import java.util.Map;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.SkipReason;

/**
 * Counts the rows an interpreter skipped, by reason, on their way to the real sink; and remembers the rows
 * skipped as a school's repeated row, by sheet, so that a hidden one is named as set aside (decision 0040).
 */
final class SkipTally {
    private final Map<SkipReason, Integer> byReason = new EnumMap<>(SkipReason.class);
    /** The columns skipped on sheets read with one column per school, by reason. */
    private final Map<SkipReason, Integer> columnsByReason = new EnumMap<>(SkipReason.class);
    private final java.util.Set<String> across = new java.util.HashSet<>();
    private final Map<String, java.util.Set<Integer>> repeated = new java.util.HashMap<>();

    CensusSink wrap(CensusSink target) {
        return new org.emisworkbench.model.ForwardingCensusSink(target) {
            @Override
            public void readAcross(String sheet) {
                across.add(sheet);
                super.readAcross(sheet);
            }

            @Override
            public void skipped(String sheet, int firstRow, int count, SkipReason reason) {
                (across.contains(sheet) ? columnsByReason : byReason).merge(reason, count, Integer::sum);
                if (reason == SkipReason.REPEATED_SCHOOL) {
                    for (int r = firstRow; r < firstRow + count; r++) {
                        repeated.computeIfAbsent(sheet, k -> new java.util.HashSet<>()).add(r);
                    }
                }
                super.skipped(sheet, firstRow, count, reason);
            }
        };
    }

    /** Every row and column skipped. */
    int total() {
        return byReason.values().stream().mapToInt(Integer::intValue).sum()
                + columnsByReason.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The rows skipped as a school's repeated row, by sheet. */
    Map<String, java.util.Set<Integer>> repeated() {
        return repeated;
    }

    /** The rows skipped, by reason (sheets of one row per school). */
    Map<SkipReason, Integer> byReason() {
        return byReason;
    }

    /** The columns skipped on sheets read with one column per school, by reason. */
    Map<SkipReason, Integer> columnsByReason() {
        return columnsByReason;
    }
}
