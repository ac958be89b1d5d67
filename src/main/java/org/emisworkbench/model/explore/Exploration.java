package org.emisworkbench.model.explore;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An ad-hoc table of the census as an analyst defines it: a measure, the dimensions of its rows and of its
 * columns (each may be empty), and the values each filtered dimension keeps. A year filter chooses the
 * census years; without one the latest year is shown.
 *
 * @param name    the name it is saved under, or null while unsaved
 * @param measure what the cells show
 * @param rows    dimensions of the rows, outermost first
 * @param columns dimensions of the columns, outermost first
 * @param filters per filtered dimension, the values kept (codes: {@code G4}, {@code F}, {@code rural}, {@code 2024})
 * @param subtotals with two or more row dimensions, a subtotal row after each group of rows sharing their outer
 *                  values (each region's districts, then the region's total)
 */
public record Exploration(String name, Measure measure, List<Dimension> rows, List<Dimension> columns,
                          Map<Dimension, Set<String>> filters, boolean subtotals) {
    public Exploration {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        Map<Dimension, Set<String>> copy = new EnumMap<>(Dimension.class);
        filters.forEach((d, values) -> copy.put(d, Collections.unmodifiableSet(new LinkedHashSet<>(values))));
        filters = Collections.unmodifiableMap(copy);
    }

    /** A table without subtotals. */
    public Exploration(String name, Measure measure, List<Dimension> rows, List<Dimension> columns,
                       Map<Dimension, Set<String>> filters) {
        this(name, measure, rows, columns, filters, false);
    }

    /** The same table under another name. */
    public Exploration named(String newName) {
        return new Exploration(newName, measure, rows, columns, filters, subtotals);
    }

    /** The same table with or without subtotal rows. */
    public Exploration withSubtotals(boolean on) {
        return new Exploration(name, measure, rows, columns, filters, on);
    }

    /** Whether the table has subtotal rows: asked for, and rows split by two dimensions or more. */
    public boolean hasSubtotals() {
        return subtotals && rows.size() >= 2;
    }

    /** True when the table splits or filters by {@code d}. */
    public boolean uses(Dimension d) {
        return rows.contains(d) || columns.contains(d) || filters.containsKey(d);
    }

    /** The values {@code d} keeps, or an empty set when it is not filtered. */
    public Set<String> kept(Dimension d) {
        return filters.getOrDefault(d, Set.of());
    }
}
