package org.emisworkbench.template;

/**
 * A table stacked under the first one of a wide sheet, as found by the drafter or marked by the officer on the
 * mapping screen: the row of its title and what its rows count. Written into the template as a {@link TableSpec}
 * when it is read.
 *
 * @param row   0-based row of the title, a row holding that text alone
 * @param title the title as the workbook writes it
 * @param field the graded topic of its rows ({@code enrolment}, {@code repeaters}, {@code new_entrants},
 *              {@code disabled}), or null when the table is not read: its title is then no table's title, and
 *              its rows are read as those of the table above
 */
public record StackedTable(int row, String title, String field) {
    /** The same table read as another topic (null: not read). */
    public StackedTable withField(String newField) {
        return new StackedTable(row, title, newField);
    }

    /** True when the template reads it as a table of its own. */
    public boolean reads() {
        return field != null;
    }
}
