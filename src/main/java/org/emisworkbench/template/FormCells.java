package org.emisworkbench.template;

import java.util.List;
import org.emisworkbench.workbook.Cell;

/**
 * Finds labels and titles among a sheet's cells (rows as lists of non-blank cells). Shared by template
 * matching and the grid and roster interpreters, so a template matches the way it will be read.
 */
public final class FormCells {
    private FormCells() {
    }

    /** The first cell whose text is one of the labels (trailing colons ignored), or null. */
    public static Cell findLabel(List<List<Cell>> rows, List<String> labels) {
        java.util.Set<String> set = normalized(labels);
        for (List<Cell> row : rows) {
            for (Cell c : row) {
                if (c.kind() == org.emisworkbench.workbook.CellKind.TEXT && isLabel(c.text(), set)) {
                    return c;
                }
            }
        }
        return null;
    }

    /** Every cell whose text is one of the labels (trailing colons ignored), in reading order. */
    public static List<Cell> labelCells(List<List<Cell>> rows, List<String> labels) {
        java.util.Set<String> set = normalized(labels);
        List<Cell> out = new java.util.ArrayList<>();
        for (List<Cell> row : rows) {
            for (Cell c : row) {
                if (c.kind() == org.emisworkbench.workbook.CellKind.TEXT && isLabel(c.text(), set)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /**
     * True when a text is one of the labels once normalised, or when it is written in two languages ({@code
     * السنة الدراسية / Année scolaire}, {@link HeaderText#bilingualSides}) and one side is one of them, its other
     * sides naming no other grade, sex or age ({@code Boys / Girls} is not the label {@code Boys}). A label is
     * compared as a whole side, never as a part of one.
     */
    public static boolean isLabel(String text, List<String> labels) {
        return isLabel(text, normalized(labels));
    }

    private static java.util.Set<String> normalized(List<String> labels) {
        java.util.Set<String> set = new java.util.HashSet<>();
        for (String l : labels) {
            set.add(HeaderText.normalizeLabel(l));
        }
        return set;
    }

    /** {@link #isLabel(String, List)} against label texts already normalised ({@link HeaderText#normalizeLabel}). */
    public static boolean isLabel(String text, java.util.Set<String> normalizedLabels) {
        String n = HeaderText.normalizeLabel(text);
        if (normalizedLabels.contains(n)) {
            return true;
        }
        List<String> sides = HeaderText.bilingualSides(n);
        String matched = null;
        for (String side : sides) {
            String s = HeaderText.normalizeLabel(side);
            matched = matched == null && normalizedLabels.contains(s) ? s : matched;
        }
        if (matched == null) {
            return false;
        }
        for (String side : sides) {
            String s = HeaderText.normalizeLabel(side);
            if (!s.equals(matched) && !normalizedLabels.contains(s) && CodeLists.namesDimension(s)
                    && !CodeLists.sameDimension(s, matched)) {
                return false; // "Boys / Girls", "Class 1 / Female": two things, not one in two languages
            }
        }
        return true;
    }

    /**
     * The first text cell at or below {@code fromRow} that equals or starts with one of the titles, or
     * null. Titles often carry a suffix ("… (all pupils)"). A title written in two languages matches by either side.
     */
    public static Cell findTitle(List<List<Cell>> rows, List<String> titles, int fromRow) {
        for (int r = Math.max(0, fromRow); r < rows.size(); r++) {
            for (Cell c : rows.get(r)) {
                if (c.kind() != org.emisworkbench.workbook.CellKind.TEXT) {
                    continue;
                }
                String n = HeaderText.normalizeLabel(c.text());
                List<String> sides = HeaderText.bilingualSides(n);
                for (String t : titles) {
                    String tn = HeaderText.normalizeLabel(t);
                    if (!tn.isEmpty() && (titled(n, tn) || sides.stream().anyMatch(x -> titled(x, tn)))) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    /**
     * True when normalised text {@code n} is title {@code tn} or starts with it; a title written in two languages
     * ({@code التلاميذ حسب السنة والجنس / Élèves par année et sexe}) is tried side by side too.
     */
    private static boolean titled(String n, String tn) {
        String s = HeaderText.normalizeLabel(n);
        return s.equals(tn) || s.startsWith(tn + " ") || s.startsWith(tn + ":");
    }

    /** The rows holding a text cell that is one of the labels, top to bottom (forms stacked down a sheet). */
    public static List<Integer> labelRows(List<List<Cell>> rows, List<String> labels) {
        java.util.Set<String> set = normalized(labels);
        List<Integer> out = new java.util.ArrayList<>();
        for (List<Cell> row : rows) {
            for (Cell c : row) {
                if (c.kind() == org.emisworkbench.workbook.CellKind.TEXT && isLabel(c.text(), set)) {
                    out.add(c.row());
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The first row of a block of a sheet of stacked forms whose school-code label is on {@code codeRow}: the
     * row after the last blank row since the previous block's code label (labels written just above the code,
     * such as the school's name, belong to its block); without a blank row between them, the code label's own
     * row; for the first block ({@code previousCodeRow} -1) without a blank row above it, the sheet's top.
     */
    public static int blockStart(List<List<Cell>> rows, int codeRow, int previousCodeRow) {
        for (int r = codeRow - 1; r > previousCodeRow; r--) {
            if (r < rows.size() && rows.get(r).isEmpty()) {
                return r + 1;
            }
        }
        return previousCodeRow < 0 ? 0 : codeRow;
    }

    /**
     * True for a form's label line: a label ending with a colon and its value beside it ({@code Ano lectivo: | 2025},
     * {@code Escola: | EP 1}); the school's code or name after a colon inside one cell ({@code Reg. No: PS0401023});
     * a label and its value in one cell ({@code Año lectivo: 2024}); or a label alone beside a value holding a digit
     * ({@code Año lectivo | 2024}, {@code Código modular | 0456789}). A table's title, header or row is none of
     * these. One test for the drafter, which titles no table by such a line, and the import, which looks for a table's
     * header under them (review 28, F6).
     */
    public static boolean labelLine(List<Cell> row) {
        List<Cell> cells = row.stream().filter(c -> !c.isBlank()).toList();
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (isLabelLike(c) && i + 1 < cells.size() || InsideOpenings.schoolValueInside(c) != null) {
                return true;
            }
        }
        if (cells.isEmpty() || cells.size() > 2 || cells.get(0).kind() != org.emisworkbench.workbook.CellKind.TEXT) {
            return false;
        }
        String text = cells.get(0).text().strip();
        int colon = text.indexOf(':');
        if (cells.size() == 1) {
            // Año lectivo: 2024, a year or code after the colon; never a title, whose words follow a colon too
            // (Tableau 2 : élèves par classe et par sexe, Social Category: General over each of stacked blocks).
            String after = colon > 0 ? text.substring(colon + 1).strip() : "";
            return after.chars().anyMatch(Character::isDigit);
        }
        return cells.get(1).shown().chars().anyMatch(Character::isDigit);
    }

    /**
     * The last row where the header of a table titled on {@code titleRow} may start: {@code searchRows} rows under the
     * title; under label lines right under it ({@link #labelLine}, blank rows among them), also the first filled row
     * after them, and no further: a table of another title written there is never taken for this one's (review 28,
     * F6). The drafter and the import search alike.
     */
    public static int headerSearchEnd(List<List<Cell>> rows, int titleRow, int searchRows) {
        int end = titleRow + searchRows;
        int labels = lastLabelLine(rows, titleRow);
        for (int r = labels + 1; labels > titleRow && r < rows.size(); r++) {
            if (!rows.get(r).stream().allMatch(Cell::isBlank)) {
                return Math.max(end, r);
            }
        }
        return end;
    }

    /**
     * The last of the label lines ({@link #labelLine}) right under a title on row {@code titleRow}, blank rows among
     * them, or the title's row when none.
     */
    public static int lastLabelLine(List<List<Cell>> rows, int titleRow) {
        int last = titleRow;
        for (int r = titleRow + 1; r < rows.size(); r++) {
            if (rows.get(r).stream().allMatch(Cell::isBlank)) {
                continue;
            }
            if (!labelLine(rows.get(r))) {
                break;
            }
            last = r;
        }
        return last;
    }

    /** True for a text cell ending with a colon: a label, never a value. */
    public static boolean isLabelLike(Cell c) {
        return c.kind() == org.emisworkbench.workbook.CellKind.TEXT && c.text().strip().endsWith(":");
    }

    /**
     * True when text cell {@code label} labels {@code value}, the filled cell its drafter or check found beside or
     * below it: the label ends with a colon, or its value is a number and the label is no code or number written as
     * text, or the two stand alone on their row ({@code State | Koror}, even written apart in a merged answer cell);
     * never a text after a number on its row, a list's row after its serial ({@code 1 | Mary Banda | 12}). A title,
     * a heading or an instruction has no value beside it; a table's header row has more than two cells.
     */
    public static boolean labelsValue(List<List<Cell>> rows, Cell label, Cell value) {
        if (rows.get(label.row()).stream().anyMatch(c -> c.col() < label.col()
                && c.kind() == org.emisworkbench.workbook.CellKind.NUMBER)) {
            return false; // a row of a list after its serial number (1 | Mary Banda | 12), no label
        }
        if (isLabelLike(label)) {
            return true;
        }
        if (value.kind() == org.emisworkbench.workbook.CellKind.NUMBER) {
            return !codeLike(label.text().strip());
        }
        return value.row() == label.row() && !codeLike(label.text().strip()) && !codeLike(value.text().strip())
                && rows.get(label.row()).stream().filter(c -> !c.isBlank()).count() == 2;
    }

    /** A school code or a number written as text ("SCH01002", "2.0"): a value of a list, not a label. */
    public static boolean codeLike(String text) {
        return !text.matches(".*\\p{L}.*") || text.matches("\\p{L}{0,6}[-_ ]?\\d[\\w./-]*");
    }
}
