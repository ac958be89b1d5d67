package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * Small tables of teachers by status on a form, the statuses across and the sexes down (the transpose of
 * {@link FormCrossTabs}' tables):
 * <pre>
 *   Statut | Titulaires | Contractuels | Volontaires | Total
 *   Hommes |          2 |            3 |           1 |     7
 *   Femmes |          1 |            2 |           0 |     4
 * </pre>
 * The {@code Total} column gives the teachers of each sex, read as typed (a label {@code Total} read in the row
 * {@code Hommes}), and the statuses stay unread, reported by the import; without it the statuses of each sex add
 * up into {@code teachers.total} (a sum of the status labels, each read in the sex's row). Status is no canonical
 * field: a status is never read alone as all the teachers.
 */
final class StatusAcross {
    private StatusAcross() {
    }

    /** True when the rows' labels, the total row's aside, are two statuses of teachers or more. */
    static boolean byStatus(List<String> rowLabels) {
        List<String> categories = rowLabels.stream().filter(t -> !FormCrossTabs.isTotal(t)).toList();
        return categories.size() >= 2 && categories.stream().allMatch(TeacherStatusDrafter::names);
    }

    /**
     * Adds the labels and sums of every such table of the sheet (outside {@code tables} and the cells already
     * taken) to {@code labels}, {@code sums} and {@code cells}; {@code meanings} holds the fields already read.
     */
    static void find(String sheet, List<List<Cell>> rows, List<FormGrids.Found> tables, List<LabelMapping> labels,
                     List<SumMapping> sums, Set<Long> cells, Set<String> meanings) {
        CodeList sexes = CodeLists.forDrafting().require("sex");
        for (int h = 0; h < rows.size(); h++) {
            int header = h;
            if (tables.stream().anyMatch(t -> header >= t.firstRow() && header <= t.lastRow())) {
                continue;
            }
            List<Cell> statuses = new ArrayList<>();
            Cell total = null;
            for (Cell c : rows.get(h)) {
                if (c.kind() != CellKind.TEXT || cells.contains(FormCrossTabs.at(c))) {
                    continue;
                }
                if (TeacherStatusDrafter.names(c.text()) && TeacherStatusDrafter.sexOf(c.text()) == null) {
                    statuses.add(c);
                } else if (!statuses.isEmpty() && FormCrossTabs.isTotal(c.text())) {
                    total = c;
                }
            }
            if (statuses.size() < 2) {
                continue;
            }
            int firstCol = statuses.get(0).col();
            List<Cell> sexRows = new ArrayList<>();
            for (int r = h + 1; r < rows.size() && !rows.get(r).isEmpty(); r++) {
                Cell first = rows.get(r).get(0);
                if (first.kind() != CellKind.TEXT || first.col() >= firstCol || sexes.code(first.text()) == null
                        || statuses.stream().noneMatch(s -> number(FormCrossTabs.cellAt(rows.get(first.row()),
                        s.col())))) {
                    break;
                }
                sexRows.add(first);
            }
            if (sexRows.isEmpty()) {
                continue;
            }
            rows.get(h).forEach(c -> cells.add(FormCrossTabs.at(c)));
            for (Cell sexRow : sexRows) {
                String sex = sexes.code(sexRow.text());
                String column = TemplateDrafter.oneLine(sexRow.text()).strip();
                cells.add(FormCrossTabs.at(sexRow));
                rows.get(sexRow.row()).forEach(c -> cells.add(FormCrossTabs.at(c)));
                for (Cell s : statuses) {
                    Cell v = FormCrossTabs.cellAt(rows.get(sexRow.row()), s.col());
                    labels.add(new LabelMapping(sheet, s.row(), s.col(), text(s), v == null ? "" : v.shown(), null,
                            null, null, false, 0, column));
                }
                if (total != null && meanings.add("teachers.total|" + sex)) {
                    Cell v = FormCrossTabs.cellAt(rows.get(sexRow.row()), total.col());
                    labels.add(new LabelMapping(sheet, total.row(), total.col(), text(total), v == null ? ""
                            : v.shown(), "teachers.total", sex, null, false, 0.8, column));
                } else if (total == null && meanings.add("teachers.total|" + sex)) {
                    sums.add(new SumMapping("teachers.total", sex, statuses.stream().map(StatusAcross::text).toList(),
                            column));
                }
            }
            h = sexRows.get(sexRows.size() - 1).row();
        }
    }

    private static boolean number(Cell c) {
        return c != null && (c.kind() == CellKind.NUMBER
                || !CellValues.isProblem(CellValues.count(c.kind(), c.text(), c.number())));
    }

    private static String text(Cell c) {
        return TemplateDrafter.oneLine(c.text()).strip();
    }
}
