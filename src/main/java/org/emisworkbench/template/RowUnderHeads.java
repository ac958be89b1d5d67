package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * A form's row whose label names a whole topic and whose figures stand under column heads that split it:
 * <pre>
 *              | Good | Needs repair | Unusable | Total
 *   Classrooms |    5 |            2 |        1 |     8
 * </pre>
 * Each figure is read by its head, as a label of a small table ({@code Classrooms} read in the column {@code Good}
 * as {@code classrooms.good}, in {@code Total} as {@code classrooms.total}): the label alone would take the first
 * figure, the good rooms, for all of them (review 17). A head that names no part of the topic is listed unread,
 * never read as the total; the row's cells are taken, so the label is never read from its first figure.
 */
final class RowUnderHeads {
    /** Least figures under heads for a row to be read so: one figure beside a label is the label's value. */
    private static final int MIN_FIGURES = 2;

    private RowUnderHeads() {
    }

    /**
     * Adds the labels of every such row of the sheet (outside {@code tables} and the cells already taken) to
     * {@code labels} and its cells (label, heads, figures) to {@code cells}; {@code meanings} holds the fields
     * already read ({@code field|sex}).
     */
    static void find(String sheet, List<List<Cell>> rows, List<FormGrids.Found> tables, List<LabelMapping> labels,
                     Set<Long> cells, Set<String> meanings) {
        for (int r = 1; r < rows.size(); r++) {
            int row = r;
            if (rows.get(r).isEmpty() || tables.stream().anyMatch(t -> row >= t.firstRow() && row <= t.lastRow())) {
                continue;
            }
            Cell first = rows.get(r).get(0);
            if (first.kind() != CellKind.TEXT || first.isBlank() || cells.contains(FormCrossTabs.at(first))) {
                continue;
            }
            String label = stripColon(TemplateDrafter.oneLine(first.text()));
            String whole = wholeTopic(label);
            if (whole == null) {
                continue;
            }
            List<Cell[]> figures = headedFigures(rows, r, first.col());
            if (figures.size() < MIN_FIGURES) {
                continue;
            }
            cells.add(FormCrossTabs.at(first));
            for (Cell[] f : figures) {
                Cell head = f[0];
                Cell value = f[1];
                String headText = TemplateDrafter.oneLine(head.text()).strip();
                String field = partOf(label, headText, whole);
                boolean reads = field != null && meanings.add(field + "|null");
                labels.add(new LabelMapping(sheet, first.row(), first.col(), label, value.shown(),
                        reads ? field : null, null, null, false, reads ? 0.8 : 0, headText));
                cells.add(FormCrossTabs.at(head));
                cells.add(FormCrossTabs.at(value));
            }
        }
    }

    /**
     * The total field of the topic a label names as a whole ({@code Classrooms}, {@code Salles de classe},
     * {@code Salas de aula}: {@code classrooms.total}); null for any other label. Topics counted by sex are left
     * to the small tables by sex ({@link FormCrossTabs}).
     */
    private static String wholeTopic(String label) {
        DraftVocabulary.Guess g = DraftVocabulary.guess(label, "enrolment");
        CanonicalField f = g == null || g.key() || g.field() == null ? null
                : CanonicalField.parse(g.field()).orElse(null);
        if (f == null || f.kind() != CanonicalField.Kind.FIXED || f.topic().bySex()
                || !f.name().equals(f.topic().code() + ".total")) {
            return null;
        }
        return f.name();
    }

    /**
     * The field a head gives the row's topic: the topic's total under {@code Total}, else the part the label and the
     * head name together ({@code Classrooms Good}) or the head alone ({@code Bon état}), when it is a part of the
     * same topic; null when the head names none ({@code Remarks}).
     */
    static String partOf(String label, String head, String whole) {
        if (FormCrossTabs.isTotal(head)) {
            return whole;
        }
        CanonicalField total = CanonicalField.parse(whole).orElseThrow();
        for (String text : List.of(label + " " + head, head)) {
            DraftVocabulary.Guess g = DraftVocabulary.guess(text, "enrolment");
            CanonicalField f = g == null || g.key() || g.total() || g.field() == null ? null
                    : CanonicalField.parse(g.field()).orElse(null);
            if (f != null && f.topic() == total.topic() && f.kind() == CanonicalField.Kind.FIXED
                    && !f.name().equals(whole)) {
                return f.name();
            }
        }
        return null;
    }

    /**
     * The figures right of the label on its row, each with its head: the text in its column on the nearest filled
     * row above. Empty unless every figure of the row has a head (a row of figures without heads is no such row).
     */
    private static List<Cell[]> headedFigures(List<List<Cell>> rows, int r, int labelCol) {
        List<Cell[]> out = new ArrayList<>();
        int headRow = r - 1;
        while (headRow >= 0 && rows.get(headRow).isEmpty()) {
            headRow--;
        }
        if (headRow < 0 || r - headRow > 2) {
            return List.of();
        }
        for (Cell c : rows.get(r)) {
            if (c.col() <= labelCol || c.isBlank()) {
                continue;
            }
            if (!isFigure(c)) {
                return List.of();
            }
            Cell head = FormCrossTabs.cellAt(rows.get(headRow), c.col());
            if (head == null || head.kind() != CellKind.TEXT || isFigure(head)) {
                return List.of();
            }
            out.add(new Cell[] {head, c});
        }
        return out;
    }

    private static boolean isFigure(Cell c) {
        return c.kind() == CellKind.NUMBER || !CellValues.isProblem(CellValues.count(c.kind(), c.text(), c.number()));
    }

    private static String stripColon(String text) {
        String t = text.strip();
        while (t.endsWith(":")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
