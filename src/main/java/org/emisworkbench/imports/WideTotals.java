package org.emisworkbench.imports;

import java.util.List;
import org.emisworkbench.imports.excel.Cell;
import org.emisworkbench.imports.excel.CellKind;
import org.emisworkbench.imports.excel.SheetRow;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.template.CellValues;
import org.emisworkbench.template.HeaderText;

/**
 * Cross-checks of a wide sheet's totals: total columns against the columns they add up in each row,
 * and total rows against the sums of the rows above. Totals are never stored; a difference is a
 * TOTAL_MISMATCH problem at the total's cell.
 */
final class WideTotals {
    private final WidePlan plan;
    private final SheetProblems problems;

    WideTotals(WidePlan plan, SheetProblems problems) {
        this.plan = plan;
        this.problems = problems;
    }

    /** Each total column of the row against its member columns ({@code values} by group and slot). */
    void checkRow(SheetRow row, String key, int[][] values, int[] rowTotals) {
        for (int i = 0; i < row.size(); i++) {
            int c = row.col(i);
            if (c >= plan.width() || plan.kind[c] != WidePlan.TOTAL || rowTotals[c] < 0
                    || row.kind(i) == CellKind.BLANK) {
                continue;
            }
            long sum = 0;
            boolean any = false;
            for (int m : plan.members[c]) {
                int v = values[plan.group[m]][plan.slot[m]];
                if (v != FactRecord.MISSING) {
                    sum += v;
                    any = true;
                }
            }
            if (any && sum != rowTotals[c]) {
                problems.report(ProblemKind.TOTAL_MISMATCH, row.index(), c, key, plan.field[c], row.text(i),
                        "the total says " + rowTotals[c] + " but the columns add up to " + sum);
            }
        }
    }

    /** A total row: each numeric cell is compared with the sum of its column above. */
    void checkTotalRow(List<Cell> cells, long[] columnSums) {
        for (Cell cell : cells) {
            int c = cell.col();
            if (c >= plan.width() || (plan.kind[c] != WidePlan.COUNT && plan.kind[c] != WidePlan.TOTAL)) {
                continue;
            }
            int v = CellValues.count(cell.kind(), cell.text(), cell.number());
            if (v >= 0 && v != columnSums[c]) {
                problems.report(ProblemKind.TOTAL_MISMATCH, cell.row(), c, null, plan.field[c], cell.text(),
                        "the total row says " + v + " but the rows above add up to " + columnSums[c]);
            }
        }
    }

    /**
     * True when a row without school code at the bottom of the sheet is a total row: it says "Total"
     * somewhere, or most of its figures are the sums of their columns (with more than one school above,
     * where a single school's row would trivially equal the sums).
     */
    boolean looksLikeTotal(List<Cell> cells, long[] columnSums, int schools) {
        int agree = 0;
        int disagree = 0;
        for (Cell cell : cells) {
            if (cell.kind() == CellKind.TEXT
                    && WideSheetReader.TOTAL_WORDS.contains(HeaderText.normalizeLabel(cell.text()))) {
                return true;
            }
            int c = cell.col();
            if (c < plan.width() && (plan.kind[c] == WidePlan.COUNT || plan.kind[c] == WidePlan.TOTAL)) {
                int v = CellValues.count(cell.kind(), cell.text(), cell.number());
                if (v >= 0 && v == columnSums[c] && schools > 1) {
                    agree++;
                } else if (v >= 0) {
                    disagree++;
                }
            }
        }
        return agree > 0 && agree >= disagree;
    }
}
