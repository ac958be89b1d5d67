package org.emisworkbench.template;

import java.util.List;

/**
 * A table stacked under another on a wide sheet, starting at its title: "TABLE 2: REPEATERS BY CLASS AND SEX"
 * above the header repeated and the schools again. The sheet's graded columns are read as {@code field} in the
 * rows below the title, until the next table's title.
 *
 * @param titles texts of the title (one is enough), found in a row holding that text alone, ignoring case,
 *               accents and punctuation, as part of a longer title too
 * @param field  the graded topic of the table: {@code enrolment}, {@code repeaters}, {@code new_entrants} or
 *               {@code disabled}
 */
public record TableSpec(List<String> titles, String field) {
    public TableSpec {
        titles = titles == null ? List.of() : List.copyOf(titles);
    }

    /** True when a row's lone text is this table's title. */
    public boolean titles(String text) {
        String f = " " + HeaderText.fold(text) + " ";
        return titles.stream().map(HeaderText::fold).anyMatch(t -> !t.isEmpty() && f.contains(" " + t + " "));
    }
}
