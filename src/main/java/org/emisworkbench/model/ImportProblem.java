package org.emisworkbench.model;

import java.util.Objects;

/**
 * One cell-level problem met during an import. {@code cell} is A1 notation (or a range such as
 * {@code C5:C40}); {@code rawText} is the cell as read; {@code detail} says what was expected.
 */
public record ImportProblem(ProblemKind kind, String sheet, String cell, String schoolCode, String field,
                            String rawText, String detail) {
    public ImportProblem {
        Objects.requireNonNull(kind, "kind");
    }

    /** The cell as a finding cites it, the file not yet known: no sheet, no cell named. */
    public SourceRef source() {
        return sheet == null ? new SourceRef(null, null, "") : new SourceRef(null, sheet, cell == null ? "" : cell);
    }

    public String sheetCell() {
        return sheet == null ? "" : sheet + "!" + (cell == null ? "" : cell);
    }
}
