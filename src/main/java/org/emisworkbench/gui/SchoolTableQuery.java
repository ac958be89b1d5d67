package org.emisworkbench.gui;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.emisworkbench.model.SchoolListing;

/**
 * What the Schools list shows out of all loaded schools: value filters per column, a search on code or
 * name, and one sort column. Pure and immutable, so it runs on a worker thread: sorting 50,000 rows on
 * the JavaFX thread froze the window for seconds.
 *
 * @param filters   per column, the values kept (a column absent: every value)
 * @param search    text the code or the name must contain (case-insensitive); blank for all
 * @param sortBy    the sort column, or null for the order loaded (district, then code)
 * @param ascending the sort direction
 */
record SchoolTableQuery(Map<SchoolColumn, Set<String>> filters, String search, SchoolColumn sortBy,
                        boolean ascending) {
    static final SchoolTableQuery ALL = new SchoolTableQuery(Map.of(), "", null, true);

    SchoolTableQuery {
        EnumMap<SchoolColumn, Set<String>> copy = new EnumMap<>(SchoolColumn.class);
        filters.forEach((c, v) -> copy.put(c, Set.copyOf(v)));
        filters = java.util.Collections.unmodifiableMap(copy);
        search = search == null ? "" : search.strip();
    }

    SchoolTableQuery withFilter(SchoolColumn column, Set<String> keep) {
        Map<SchoolColumn, Set<String>> f = new EnumMap<>(SchoolColumn.class);
        f.putAll(filters);
        if (keep == null) {
            f.remove(column);
        } else {
            f.put(column, keep);
        }
        return new SchoolTableQuery(f, search, sortBy, ascending);
    }

    SchoolTableQuery withSearch(String text) {
        return new SchoolTableQuery(filters, text, sortBy, ascending);
    }

    SchoolTableQuery withSort(SchoolColumn column, boolean up) {
        return new SchoolTableQuery(filters, search, column, up);
    }

    /** The schools to show, filtered then sorted; {@code all} is left as it is. */
    List<SchoolListing> apply(List<SchoolListing> all, Locale locale) {
        String needle = search.toLowerCase(locale);
        List<SchoolListing> out = new ArrayList<>();
        for (SchoolListing s : all) {
            if (kept(s, needle, locale)) {
                out.add(s);
            }
        }
        if (sortBy != null) {
            Comparator<SchoolListing> order = sortBy == SchoolColumn.YEAR ? Comparator.comparingInt(SchoolListing::year)
                    : byText(sortBy, locale);
            out.sort(ascending ? order : order.reversed());
        }
        return out;
    }

    private boolean kept(SchoolListing s, String needle, Locale locale) {
        for (Map.Entry<SchoolColumn, Set<String>> f : filters.entrySet()) {
            if (!f.getValue().contains(f.getKey().text(s))) {
                return false;
            }
        }
        return needle.isEmpty() || contains(s.code(), needle, locale) || contains(s.name(), needle, locale);
    }

    private static boolean contains(String text, String needle, Locale locale) {
        return text != null && text.toLowerCase(locale).contains(needle);
    }

    private static Comparator<SchoolListing> byText(SchoolColumn column, Locale locale) {
        // Collation keys once per row: comparing with a Collator 800,000 times is what made sorting slow.
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.SECONDARY);
        Map<String, java.text.CollationKey> keys = new java.util.HashMap<>();
        return Comparator.comparing(s -> keys.computeIfAbsent(column.text(s), collator::getCollationKey));
    }

    /** Each filterable column's values among {@code all}, sorted, with how many schools have each. */
    static Map<SchoolColumn, Map<String, Integer>> choices(List<SchoolListing> all) {
        Map<SchoolColumn, Map<String, Integer>> out = new EnumMap<>(SchoolColumn.class);
        for (SchoolColumn c : SchoolColumn.values()) {
            if (c.filterableByValue()) {
                out.put(c, new TreeMap<>());
            }
        }
        for (SchoolListing s : all) {
            out.forEach((c, counts) -> counts.merge(c.text(s), 1, Integer::sum));
        }
        return out;
    }
}
