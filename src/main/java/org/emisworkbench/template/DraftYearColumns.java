package org.emisworkbench.template;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * Columns of a wide sheet that differ only by their school year ({@code Grade 1 F 2023-24 | Grade 1 F 2024-25},
 * or a year banner over the same grade-and-sex headers): drafted as one column whose header says
 * {@value YearBands#THIS_YEAR}, read for the census year being imported; the other years' columns are left unread.
 */
final class DraftYearColumns {
    /** Per column, the header with its year written {@value YearBands#THIS_YEAR}; null for a column of no family. */
    final String[] thisYear;
    /** Per column, true for the latest year of its family: the column the drafted mapping points at. */
    final boolean[] latest;

    private DraftYearColumns(String[] thisYear, boolean[] latest) {
        this.thisYear = thisYear;
        this.latest = latest;
    }

    /**
     * The first header row, moved up over a banner of school years ({@code 2023-24} merged over some columns,
     * {@code 2024-25} over others): the row above {@code first} holding only years, two or more.
     */
    static int withYearBanner(List<List<Cell>> rows, int first) {
        if (first < 1 || first - 1 >= rows.size()) {
            return first;
        }
        Set<String> years = new HashSet<>();
        for (Cell c : rows.get(first - 1)) {
            if (c.isBlank()) {
                continue;
            }
            String text = c.kind() == CellKind.NUMBER ? c.shown() : c.text();
            String year = YearBands.yearIn(text);
            if (year == null || !year.strip().equalsIgnoreCase(text.strip())) {
                return first;
            }
            years.add(year.strip());
        }
        return years.size() >= 2 ? first - 1 : first;
    }

    /** The families of {@code texts} (headers as read, a banner joined): two years or more each. */
    static DraftYearColumns of(String[] texts) {
        String[] thisYear = new String[texts.length];
        Map<String, Set<String>> years = new HashMap<>();
        Map<String, Integer> latestColumn = new HashMap<>();
        for (int c = 0; c < texts.length; c++) {
            String family = YearBands.anyYearAsThisYear(texts[c]);
            if (family == null) {
                continue;
            }
            String key = HeaderText.normalizeLabel(family);
            String year = YearBands.yearIn(texts[c]).strip();
            years.computeIfAbsent(key, k -> new HashSet<>()).add(year);
            Integer before = latestColumn.get(key);
            if (before == null || YearBands.order(year) > YearBands.order(YearBands.yearIn(texts[before]))) {
                latestColumn.put(key, c);
            }
            thisYear[c] = family;
        }
        boolean[] latest = new boolean[texts.length];
        for (int c = 0; c < texts.length; c++) {
            if (thisYear[c] == null) {
                continue;
            }
            String key = HeaderText.normalizeLabel(thisYear[c]);
            if (years.get(key).size() < 2) {
                thisYear[c] = null;
            } else {
                latest[c] = latestColumn.get(key) == c;
            }
        }
        return new DraftYearColumns(thisYear, latest);
    }

    /** The header without its year, to guess what the column means ({@code Grade 1 F 2024-25} → {@code Grade 1 F}). */
    static String withoutYear(String thisYearText) {
        return thisYearText.replace(YearBands.THIS_YEAR, " ").strip().replaceAll("\\s+", " ");
    }
}
