package org.emisworkbench.imports;

import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.SkipReason;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;
import org.emisworkbench.workbook.SheetRow;

/**
 * A row of headings just under the header, before any school ({@code | | Total | dont filles | Total | dont filles}
 * under {@code Code école | Nom | CP1 | | CP2 |}): the lower row of a header taller than the template says
 * ({@code headerRows} too small). It is no blank row and no school: it is said plainly, naming the sheet and the row,
 * with what it holds and what to change, and skipped as what it is.
 */
final class HeadingsUnderHeader {
    /** Two texts at least, as a header row has; one text alone is a title or a note. */
    private static final int MIN_TEXTS = 2;

    private HeadingsUnderHeader() {
    }

    /** True when the row holds texts only (two or more, none a number), and no figure. */
    static boolean is(SheetRow row, SheetProblems problems) {
        int texts = 0;
        for (int i = 0; i < row.size(); i++) {
            CellKind k = row.kind(i);
            if (k == CellKind.BLANK) {
                continue;
            }
            if (k != CellKind.TEXT || row.text(i).isBlank()) {
                if (k == CellKind.TEXT) {
                    continue;
                }
                return false;
            }
            if (problems.value(k, row.text(i), Double.NaN) >= 0) {
                return false;
            }
            texts++;
        }
        return texts >= MIN_TEXTS;
    }

    /** Reports the row (at its first text) and skips it. */
    static void report(SheetRow row, SheetProblems problems, CensusSink sink) {
        List<Cell> cells = new ArrayList<>(row.size());
        List<String> texts = new ArrayList<>();
        int first = -1;
        for (int i = 0; i < row.size(); i++) {
            cells.add(row.cell(i));
            if (row.kind(i) == CellKind.TEXT && !row.text(i).isBlank()) {
                first = first < 0 ? row.col(i) : first;
                if (texts.size() < 4) {
                    texts.add(row.text(i).strip());
                }
            }
        }
        problems.report(ProblemKind.REPEATED_HEADER, row.index(), Math.max(first, 0), null, null,
                problems.describeRead(cells), Message.of("import.detail.headingsUnderHeader", String.join(", ", texts)));
        sink.skipped(problems.sheet(), row.index(), 1, SkipReason.HEADINGS_UNDER_HEADER);
    }
}
