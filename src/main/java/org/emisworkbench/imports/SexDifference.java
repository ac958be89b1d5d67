package org.emisworkbench.imports;

import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.template.HeaderMatcher;
import org.emisworkbench.template.CellValues;

/**
 * A figure of one sex worked out from a total for both sexes and the other sex given beside it
 * ({@code differenceOf}: boys = {@code HM} less {@code M}, decision 0044). Blanks are not zeros: a blank or
 * unreadable cell leaves the figure missing (an unreadable cell has its own problem already); a sex larger
 * than the total is reported at the total's cell, naming both cells ({@code SEX_OVER_TOTAL}, rule IMP-24),
 * and nothing is stored.
 */
final class SexDifference {
    /** The separator of the two cells in a figure's source ({@code C-D}: C less D). */
    static final String LESS = "-";

    /** Where the figure worked out goes, with its source naming both cells. */
    interface Store {
        void put(int value, String source);
    }

    private SexDifference() {
    }

    /**
     * Works out one row's figure.
     *
     * @param total       the total for both sexes as read ({@link FactRecord#MISSING} when blank, or a problem code)
     * @param oneSex      the one sex given, likewise
     * @param totalCell   the total's cell as a source (column letters, or the cell on a sheet read on its side)
     * @param sexCell     the one sex's cell as a source
     */
    static void read(WidePlan.Sum s, int row, String school, int total, int oneSex, String totalCell,
                     String sexCell, SheetProblems problems, Store store) {
        if (total == FactRecord.MISSING || oneSex == FactRecord.MISSING || CellValues.isProblem(total)
                || CellValues.isProblem(oneSex)) {
            return;
        }
        int[] cols = s.parts();
        if (oneSex > total) {
            problems.report(ProblemKind.SEX_OVER_TOTAL, row, cols[0], school, s.field(), String.valueOf(total),
                    Message.of("import.detail.sexOverTotal", HeaderMatcher.describe(s.slotKey()),
                            problems.name(row, cols[1]), String.valueOf(oneSex), problems.name(row, cols[0]),
                            String.valueOf(total)));
            return;
        }
        store.put(total - oneSex, totalCell + LESS + sexCell);
    }
}
