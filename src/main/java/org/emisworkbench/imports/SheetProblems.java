package org.emisworkbench.imports;

import java.util.List;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.ProblemKind;

/** Reports cell problems of one sheet to the sink, always with the sheet, A1 cell and raw text. */
final class SheetProblems {
    private static final int MAX_RAW = 240;

    private final CensusSink sink;
    private final String sheet;
    private int count;

    SheetProblems(CensusSink sink, String sheet) {
        this.sink = sink;
        this.sheet = sheet;
    }

    void report(ProblemKind kind, int row, int col, String school, String field, String raw, String detail) {
        count++;
        sink.problem(new ImportProblem(kind, sheet, CellRef.columnLetters(col) + (row + 1), school, field,
                raw == null || raw.length() <= MAX_RAW ? raw : raw.substring(0, MAX_RAW) + "…", detail));
    }

    /** Problem concerning a range of cells, e.g. a column aggregated by a roster. */
    void reportRange(ProblemKind kind, String range, String school, String field, String raw, String detail) {
        count++;
        sink.problem(new ImportProblem(kind, sheet, range, school, field, raw, detail));
    }

    int count() {
        return count;
    }

    String sheet() {
        return sheet;
    }

    /** The non-blank cells of a row as "B7=Bessa; C7=12", for problems about a whole row. */
    static String describe(List<Cell> cells) {
        StringBuilder sb = new StringBuilder();
        for (Cell c : cells) {
            if (c.isBlank()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(CellRef.columnLetters(c.col())).append(c.row() + 1).append('=').append(c.text());
            if (sb.length() > MAX_RAW) {
                break;
            }
        }
        return sb.toString();
    }
}
