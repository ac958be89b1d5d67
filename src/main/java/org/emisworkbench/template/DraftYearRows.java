package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A row per school and grade whose figure columns name the year and the sex ({@code Grade | 2023 Boys | 2023 Girls |
 * 2024 Boys | 2024 Girls}): the latest year's columns, not guessed by their header alone, are offered to the
 * row-dimension draft under their {@code {year}} header ({@code {year} Boys}), so that the grade comes from the row and
 * the sex from the header, read for the census year imported; the other years' columns stay unread (left out on
 * purpose, {@link DraftYearColumns}). Columns the row-dimension draft does not take get their own header back.
 */
final class DraftYearRows {
    private final Map<Integer, ColumnMapping> before = new HashMap<>();

    /** The columns, each latest-year column not guessed written under its {@code {year}} header. */
    List<ColumnMapping> asThisYear(List<ColumnMapping> columns, DraftYearColumns years) {
        List<ColumnMapping> out = new ArrayList<>(columns.size());
        for (ColumnMapping c : columns) {
            int col = c.col();
            if (c.field() == null && !c.key() && !c.leftOut() && col < years.thisYear.length
                    && years.thisYear[col] != null && years.latest[col]) {
                before.put(col, c);
                out.add(ColumnMapping.unread(col, years.thisYear[col]));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** The columns after the row-dimension draft, those it left unread under their own header again. */
    List<ColumnMapping> restore(List<ColumnMapping> columns) {
        List<ColumnMapping> out = new ArrayList<>(columns.size());
        for (ColumnMapping c : columns) {
            ColumnMapping own = before.get(c.col());
            out.add(own != null && c.field() == null && !c.key() ? own : c);
        }
        return out;
    }
}
