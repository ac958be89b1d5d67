package org.emisworkbench.template;

import java.util.List;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * A section heading among a wide sheet's headers ({@code TEACHERS} over the rows of trained and untrained teachers of
 * a sheet of one column per school, {@code ENROLMENT} as a column of its own before the grades): a header with nothing
 * at all under it on a sheet whose other columns hold figures. It holds nothing to read, so the draft reads no field
 * from it, and the import does not report it as a column not recognised (review 23). A blank sheet (a form not yet
 * filled in) has no figures anywhere: its headers are drafted as they read.
 */
final class HeadingColumns {
    private HeadingColumns() {
    }

    /**
     * True when column {@code col} holds nothing below header row {@code lastHeaderRow} while another column below it
     * holds a number.
     */
    static boolean heading(List<List<Cell>> rows, int lastHeaderRow, int col) {
        boolean figures = false;
        for (int r = lastHeaderRow + 1; r < rows.size(); r++) {
            for (Cell c : rows.get(r)) {
                if (c.col() == col && !c.isBlank()) {
                    return false;
                }
                figures |= c.kind() == CellKind.NUMBER;
            }
        }
        return figures;
    }
}
