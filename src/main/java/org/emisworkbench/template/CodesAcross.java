package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * A row of school codes written across a sheet with no label beside it (review 23: a district summary of one column
 * per school whose {@code School code} and {@code School name} labels were never typed): several distinct
 * code-shaped texts ({@code KV-1001}, {@code KV-1002} …) in one row above the figures, nothing to their left while
 * the rows of figures below have labels there. Such a row is the sheet's key row read on its side, and the row of
 * names beside it (above or below, as unlabelled) the schools' names: {@link SchoolsAcross} gives them the labels
 * {@value #CODE_LABEL} and {@value #NAME_LABEL} in the view, and the draft says so. A form's file-name code is never
 * taken on a sheet holding such a row ({@link #holdsCodes}).
 */
final class CodesAcross {
    static final String CODE_LABEL = "School code";
    static final String NAME_LABEL = "School name";
    /** Distinct codes a row needs to be a row of schools' codes: one code beside a label is a form's. */
    private static final int MIN_CODES = 2;

    /** The unlabelled key row found: its 0-based row, the label column, and the row of names (-1 when none). */
    record Found(int codeRow, int labelColumn, int nameRow) {
    }

    private CodesAcross() {
    }

    /**
     * The unlabelled row of codes across among the sheet's filled cells (title rows left out), or null: exactly one
     * row whose non-blank cells are all codes (at least two distinct) or a total word, with no cell left of its first
     * code, above every number right of it, while some cell of the sheet stands left of it (the label column).
     */
    static Found find(List<Cell> filled) {
        Map<Integer, List<Cell>> byRow = new TreeMap<>();
        int labelColumn = Integer.MAX_VALUE;
        for (Cell c : filled) {
            if (!c.isBlank()) {
                byRow.computeIfAbsent(c.row(), k -> new ArrayList<>()).add(c);
                labelColumn = Math.min(labelColumn, c.col());
            }
        }
        Found found = null;
        for (Map.Entry<Integer, List<Cell>> e : byRow.entrySet()) {
            int first = firstCode(e.getValue());
            if (first < 0 || first <= labelColumn || !numbersOnlyBelow(byRow, e.getKey(), first)) {
                continue;
            }
            if (found != null) {
                return null; // two rows of codes: which one is the key is for a person to say
            }
            found = new Found(e.getKey(), labelColumn, nameRow(byRow, e.getKey(), first));
        }
        return found;
    }

    /**
     * True when some row of the sample holds at least two distinct code-shaped texts ({@link #codes}): a sheet of
     * several schools' codes, whose code is never the one word of its file's name.
     */
    static boolean holdsCodes(List<List<Cell>> rows) {
        return rows.stream().anyMatch(r -> codes(r).size() >= MIN_CODES);
    }

    /** The row's first code's column when every non-blank cell of it is a code or a total word, else -1. */
    private static int firstCode(List<Cell> row) {
        Set<String> codes = codes(row);
        if (codes.size() < MIN_CODES) {
            return -1;
        }
        int first = Integer.MAX_VALUE;
        for (Cell c : row) {
            boolean code = codes.contains(c.text().strip());
            if (!code && !HeaderText.isTotalWord(c.text())) {
                return -1;
            }
            first = code ? Math.min(first, c.col()) : first;
        }
        return first;
    }

    /**
     * The distinct code-shaped texts of a row: a letter, two digits or more, no space ({@code KV-1001}, {@code NR-01});
     * never a grade, an age or a sex ({@code P1}, {@code CP2}: a table's header).
     */
    private static Set<String> codes(List<Cell> row) {
        Set<String> out = new HashSet<>();
        for (Cell c : row) {
            String t = c.kind() == CellKind.TEXT ? c.text().strip() : "";
            if (t.matches(".*\\p{L}.*") && t.matches("(.*\\d){2}.*") && !t.matches(".*\\s.*")
                    && FormCells.codeLike(t) && !CodeLists.namesDimension(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** True when no number stands right of the label column above {@code row}: the codes head the figures. */
    private static boolean numbersOnlyBelow(Map<Integer, List<Cell>> byRow, int row, int first) {
        return byRow.entrySet().stream().filter(e -> e.getKey() < row).flatMap(e -> e.getValue().stream())
                .noneMatch(c -> c.col() >= first && c.kind() == CellKind.NUMBER);
    }

    /**
     * The row just above or below the codes holding, with nothing left of {@code first}, two or more texts that are
     * not codes (the schools' names), or -1.
     */
    private static int nameRow(Map<Integer, List<Cell>> byRow, int codeRow, int first) {
        for (int r : new int[] {codeRow - 1, codeRow + 1}) {
            List<Cell> cells = byRow.get(r);
            if (cells == null || cells.stream().anyMatch(c -> c.col() < first)) {
                continue;
            }
            long names = cells.stream().filter(c -> c.kind() == CellKind.TEXT && !FormCells.codeLike(c.text().strip())
                    && !HeaderText.isTotalWord(c.text())).count();
            if (names >= MIN_CODES && cells.stream().noneMatch(c -> c.kind() == CellKind.NUMBER)) {
                return r;
            }
        }
        return -1;
    }

    /** The labels the view gives the rows found: cells of the label column, as if typed there. */
    static List<Cell> labels(Found f) {
        List<Cell> out = new ArrayList<>();
        out.add(new Cell(f.codeRow(), f.labelColumn(), CellKind.TEXT, CODE_LABEL, Double.NaN));
        if (f.nameRow() >= 0) {
            out.add(new Cell(f.nameRow(), f.labelColumn(), CellKind.TEXT, NAME_LABEL, Double.NaN));
        }
        return out;
    }
}
