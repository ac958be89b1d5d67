package org.emisworkbench.imports;

import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.template.HeaderMatcher;
import org.emisworkbench.template.CellValues;

/**
 * A figure of one sex worked out from a total for both sexes and the other sex given beside it
 * ({@code differenceOf}: boys = {@code HM} less {@code M}, decision 0044), on any sheet that gives them side by side:
 * a wide sheet's row, a row of a sheet with several rows per school, a grade's row of a form's table. Blanks are not
 * zeros: a blank cell beside a filled one leaves the figure missing and is said at the blank cell ({@code PARTIAL_SUM},
 * rule IMP-13), an unreadable cell has its own problem already; a sex larger than the total is reported at the
 * total's cell, naming both cells ({@code SEX_OVER_TOTAL}, rule IMP-24), and nothing is stored.
 */
final class SexDifference {
    /** The separator of the two cells in a figure's source ({@code C-D}: C less D). */
    static final String LESS = "-";

    /** Where the figure worked out goes, with its source naming both cells. */
    interface Store {
        void put(int value, String source);
    }

    /**
     * The two cells a figure is worked out from: side by side on one row, or one above the other where the row gives
     * the sex (a row of both sexes and a row of one sex, decision 0055).
     *
     * @param totalRow  the total's row (as the problems count it)
     * @param sexRow    the one sex's row
     * @param totalCol  the total's column
     * @param sexCol    the one sex's column
     * @param totalCell the total's cell as a source (column letters, or the full cell where the reader stores those)
     * @param sexCell   the one sex's cell as a source
     */
    record Cells(int totalRow, int sexRow, int totalCol, int sexCol, String totalCell, String sexCell) {
        /** Two cells of one row. */
        Cells(int row, int totalCol, int sexCol, String totalCell, String sexCell) {
            this(row, row, totalCol, sexCol, totalCell, sexCell);
        }
    }

    private SexDifference() {
    }

    /**
     * Works out one row's figure.
     *
     * @param field   the field of the figure, for the problems
     * @param slotKey the figure as {@link HeaderMatcher#slotKey}
     * @param total   the total for both sexes as read ({@link FactRecord#MISSING} when blank, or a problem code)
     * @param oneSex  the one sex given, likewise
     */
    static void read(String field, String slotKey, String school, Cells at, int total, int oneSex,
                     SheetProblems problems, Store store) {
        if (CellValues.isProblem(total) || CellValues.isProblem(oneSex)
                || total == FactRecord.MISSING && oneSex == FactRecord.MISSING) {
            return;
        }
        String figure = HeaderMatcher.describe(slotKey);
        if (total == FactRecord.MISSING || oneSex == FactRecord.MISSING) {
            reportBlank(field, figure, school, at, total, oneSex, problems);
            return;
        }
        if (oneSex > total) {
            problems.report(ProblemKind.SEX_OVER_TOTAL, at.totalRow(), at.totalCol(), school, field,
                    String.valueOf(total), Message.of("import.detail.sexOverTotal", figure,
                            problems.name(at.sexRow(), at.sexCol()), String.valueOf(oneSex),
                            problems.name(at.totalRow(), at.totalCol()), String.valueOf(total)));
            return;
        }
        store.put(total - oneSex, at.totalCell() + LESS + at.sexCell());
    }

    /**
     * True when one of the two cells is blank and the other holds a figure: the figure is not worked out
     * ({@link #read} says so at the blank cell).
     */
    static boolean onePartBlank(int total, int oneSex) {
        return !CellValues.isProblem(total) && !CellValues.isProblem(oneSex)
                && (total == FactRecord.MISSING) != (oneSex == FactRecord.MISSING);
    }

    /** Says at the blank one of the two cells that {@code figure} was not worked out and is missing. */
    static void reportBlank(String field, String figure, String school, Cells at, int total, int oneSex,
                            SheetProblems problems) {
        boolean totalBlank = total == FactRecord.MISSING;
        int blankRow = totalBlank ? at.totalRow() : at.sexRow();
        int blankCol = totalBlank ? at.totalCol() : at.sexCol();
        int filledRow = totalBlank ? at.sexRow() : at.totalRow();
        int filledCol = totalBlank ? at.sexCol() : at.totalCol();
        problems.report(ProblemKind.PARTIAL_SUM, blankRow, blankCol, school, field, "",
                Message.of(totalBlank ? "import.detail.differenceTotalBlank" : "import.detail.differenceSexBlank",
                        figure, problems.name(blankRow, blankCol), problems.name(filledRow, filledCol),
                        String.valueOf(totalBlank ? oneSex : total)));
    }
}
