package org.emisworkbench.explore;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.explore.Dimension;

/**
 * Where the subtotal rows of a table go and what they add up. Rows are sorted outermost dimension first, so
 * the rows sharing their first L values are consecutive: after each such group (for L from the innermost but
 * one out to the first), a subtotal row whose key keeps those L values and has {@link Dimension#ALL} for the
 * rest. Its sums are its member rows' sums; its schools, counted for the partial mark, are the schools of the
 * groups whose school-level values begin the same way (each school is in one group, so none is counted twice).
 */
final class Subtotals {
    private Subtotals() {
    }

    /** The rows with a subtotal row after each group, innermost subtotals first. */
    static List<List<String>> interleave(List<List<String>> rows, int dims) {
        List<List<String>> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> key = rows.get(r);
            out.add(key);
            List<String> next = r + 1 < rows.size() ? rows.get(r + 1) : null;
            for (int level = dims - 1; level >= 1; level--) {
                if (next == null || !key.subList(0, level).equals(next.subList(0, level))) {
                    out.add(subtotalKey(key, level, dims));
                }
            }
        }
        return out;
    }

    /** The key of the subtotal of the rows sharing {@code key}'s first {@code level} values. */
    static List<String> subtotalKey(List<String> key, int level, int dims) {
        List<String> out = new ArrayList<>(key.subList(0, level));
        out.addAll(Collections.nCopies(dims - level, Dimension.ALL));
        return List.copyOf(out);
    }

    /** How many leading values a subtotal key keeps (the values before its first {@link Dimension#ALL}). */
    static int level(List<String> subtotalKey) {
        return subtotalKey.indexOf(Dimension.ALL);
    }

    /**
     * Adds up per-group school counts ([reporting, not reporting]) by the first {@code level} values of their
     * group's key, for every level a subtotal can have; the result is keyed by those values padded with
     * {@link Dimension#ALL}, as a subtotal row's school part is.
     */
    static <V> Map<List<String>, V> byPrefix(Map<List<String>, V> groups, int dims,
            java.util.function.Supplier<V> empty, java.util.function.BiConsumer<V, V> addInto) {
        Map<List<String>, V> out = new HashMap<>();
        for (Map.Entry<List<String>, V> g : groups.entrySet()) {
            for (int level = 1; level < dims; level++) {
                List<String> prefix = subtotalKey(g.getKey(), level, dims);
                addInto.accept(out.computeIfAbsent(prefix, k -> empty.get()), g.getValue());
            }
        }
        return out;
    }
}
