package org.emisworkbench.template;

import java.util.List;

/**
 * Where a sheet's header was found and what each column means.
 *
 * @param firstRow  0-based first header row (the upper row of a two-row header)
 * @param lastRow   0-based last header row: data starts below it
 * @param byColumn  match per 0-based column, null where the column matched nothing
 * @param found     the header texts found in the header row(s), for messages
 * @param score     number of distinct column specs matched, plus one for the key
 * @param keyColumn 0-based key column, or -1
 * @param matched   number of columns that matched something (tie-break between candidate rows)
 */
public record HeaderLayout(int firstRow, int lastRow, HeaderMatcher.Match[] byColumn, List<String> found, int score,
                           int keyColumn, int matched) {
    public HeaderLayout {
        found = List.copyOf(found);
    }

    /** True when some column matched column spec {@code index}. */
    public boolean hasColumn(int index) {
        for (HeaderMatcher.Match m : byColumn) {
            if (m != null && m.column() == index) {
                return true;
            }
        }
        return false;
    }
}
