package org.emisworkbench.store;

import java.util.Map;
import org.emisworkbench.model.ProblemKind;

/**
 * What one file stored: schools new to the year, schools whose earlier return it replaced, values
 * (non-missing slots) stored, and the problems recorded by kind with their first and last cells.
 *
 * @param unreadFigures the columns with figures the template did not read ({@code UNREAD_FIGURES}), each
 *                      one, so an import can name them all
 * @param schoolNames   the schools a register named without codes, each read by its name or not matched,
 *                      and the rows with a code read as total rows ({@code TOTAL_ROW_WITH_CODE}): rows named one by one
 *                      ({@code SCHOOL_BY_NAME}, {@code SCHOOL_NAME_UNMATCHED}): each said in the import's summary
 * @param marks         the cells whose footnote or not-available mark was set aside ({@code MARK_SET_ASIDE}), the
 *                      first {@link #MARKS_LISTED}: the import's warning names them
 * @param returnsKept   the schools an earlier file of the same name (and district) gave a return of the year, that
 *                      this file leaves out: their earlier returns are kept, and the import names them
 * @param rowsLost      the rows whose figures were not stored for an unknown grade, sex or age or a missing school
 *                      code ({@link org.emisworkbench.model.ImportProblem#dropsFigures}), with the first and last
 *                      problem cell; null when none
 * @param schoolsNew    of the schools given a return ({@code schoolsAdded}, {@code schoolsReplaced}), those the
 *                      workspace did not hold before (the second year of a two-year file adds returns, not schools)
 */
public record BatchTotals(long batchId, int schoolsAdded, int schoolsReplaced, long valuesStored,
                          int populationRows, int masterListed, Map<ProblemKind, ProblemTally> problems,
                          java.util.List<org.emisworkbench.model.ImportProblem> unreadFigures,
                          java.util.List<org.emisworkbench.model.ImportProblem> schoolNames,
                          java.util.List<org.emisworkbench.model.ImportProblem> marks,
                          java.util.List<org.emisworkbench.model.KeptReturn> returnsKept, RowsLost rowsLost,
                          int schoolsNew) {
    /** How many marked cells a file's warning names (the count says how many there were in all). */
    public static final int MARKS_LISTED = 200;

    public BatchTotals {
        marks = marks == null ? java.util.List.of() : java.util.List.copyOf(marks);
        returnsKept = returnsKept == null ? java.util.List.of() : java.util.List.copyOf(returnsKept);
        schoolNames = schoolNames == null ? java.util.List.of() : java.util.List.copyOf(schoolNames);
        problems = Map.copyOf(problems);
        unreadFigures = unreadFigures == null ? java.util.List.of() : java.util.List.copyOf(unreadFigures);
    }

    /** Totals without unread columns. */
    public BatchTotals(long batchId, int schoolsAdded, int schoolsReplaced, long valuesStored, int populationRows,
                       int masterListed, Map<ProblemKind, ProblemTally> problems) {
        this(batchId, schoolsAdded, schoolsReplaced, valuesStored, populationRows, masterListed, problems, null, null, null,
                null, null, schoolsAdded);
    }

    public int problemCount() {
        return problems.values().stream().mapToInt(ProblemTally::count).sum();
    }

    /**
     * Rows whose figures were not stored: the kinds of problem that dropped them ({@code UNKNOWN_CODE, BLANK_KEY}),
     * how many rows, and the first and last problem cell.
     */
    public record RowsLost(String kinds, int count, String firstCell, String lastCell) {
    }

    /** Count of one kind of problem with the first and last cell it was met at. */
    public record ProblemTally(int count, String firstCell, String lastCell) {
    }
}
