package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * Lists of people standing on a form's sheet (issue #11, decision 0119): a survey form's teachers under its tables,
 * one row per teacher. A list is a header row of at least {@link #MIN_HEADERS} words over at least {@link #MIN_ROWS}
 * filled rows down to the first blank row, the cells under one of its headers all sexes ({@code M}, {@code F},
 * {@code Woman}, {@code Man}: the built-in {@code sex} list) and those under another mostly words (a name, a
 * qualification): one person a row, not a table of counts by sex. The import says such a list not read when no entry
 * reads it ({@code FormUnreadList}), reads it with a list entry naming the form's sheet ({@code RosterTable.onForm}),
 * and the draft proposes that entry ({@link FormDrafter}): one finder for the three.
 */
public final class PeopleLists {
    /** People a list has at least: one row under a header is as likely a label and its value. */
    public static final int MIN_ROWS = 2;
    /** Words a header row has at least: No. | Name | Sex, or Name | Sex | Qualification. */
    public static final int MIN_HEADERS = 3;

    private static final CodeList SEXES = CodeLists.builtIn().require("sex");

    private PeopleLists() {
    }

    /**
     * A list found: its header row and last row (0-based), its header cells, the column of sexes.
     *
     * @param headerRow 0-based row of its header
     * @param lastRow   0-based row of its last person
     * @param header    the header's cells, left to right
     * @param sexColumn 0-based column of the sexes
     */
    public record PeopleList(int headerRow, int lastRow, List<Cell> header, int sexColumn) {
        public PeopleList {
            header = List.copyOf(header);
        }

        /** Its cells, {@code A29:E34}. */
        public String range() {
            int left = header.stream().mapToInt(Cell::col).min().orElseThrow();
            int right = header.stream().mapToInt(Cell::col).max().orElseThrow();
            return CellRef.a1(headerRow, left) + ":" + CellRef.a1(lastRow, right);
        }

        /** Its headers as the sheet writes them, {@code No. | Name | Sex}. */
        public String headerText() {
            return String.join(" | ", header.stream().map(PeopleLists::text).toList());
        }

        /** Its rows of people. */
        public int people() {
            return lastRow - headerRow;
        }
    }

    /**
     * The lists of people of a sheet's rows (0-based, each row's cells left to right; rows before {@code from} not
     * looked at), top to bottom.
     */
    public static List<PeopleList> find(List<List<Cell>> rows, int from) {
        List<PeopleList> out = new ArrayList<>();
        int r = Math.max(from, 0);
        while (r < rows.size() - 1) {
            List<Cell> row = rows.get(r);
            List<Cell> words = row.stream().filter(PeopleLists::isWord).toList();
            if (words.size() < MIN_HEADERS || words.size() != row.stream().filter(c -> !c.isBlank()).count()) {
                r++;
                continue;
            }
            int last = r;
            while (last + 1 < rows.size() && rows.get(last + 1).stream().anyMatch(c -> !c.isBlank())) {
                last++;
            }
            int sexColumn = sexColumn(rows, words, r, last);
            if (last - r >= MIN_ROWS && sexColumn >= 0 && wordsBeside(rows, words, sexColumn, r, last)) {
                out.add(new PeopleList(r, last, words, sexColumn));
                r = last + 1;
            } else {
                r++;
            }
        }
        return out;
    }

    /** The column under one of {@code header}'s words whose cells in rows below, to {@code last}, are all sexes. */
    private static int sexColumn(List<List<Cell>> rows, List<Cell> header, int headerRow, int last) {
        for (Cell h : header) {
            int sexes = 0;
            boolean all = true;
            for (int r = headerRow + 1; r <= last && all; r++) {
                Cell c = at(rows.get(r), h.col());
                if (c == null || c.isBlank()) {
                    continue;
                }
                if (isWord(c) && SEXES.code(text(c)) != null) {
                    sexes++;
                } else {
                    all = false;
                }
            }
            if (all && sexes >= MIN_ROWS) {
                return h.col();
            }
        }
        return -1;
    }

    /**
     * True when another column of the list holds words on at least half its rows (a name, a qualification): one
     * person a row. A table of counts with a row per sex ({@code Sex | Qualified | Trained} over {@code Male | 3 | 2})
     * has only numbers beside its sexes; its figures are {@code FormUnread}'s.
     */
    private static boolean wordsBeside(List<List<Cell>> rows, List<Cell> header, int sexColumn, int headerRow,
                                       int last) {
        for (Cell h : header) {
            if (h.col() == sexColumn) {
                continue;
            }
            int words = 0;
            for (int r = headerRow + 1; r <= last; r++) {
                Cell c = at(rows.get(r), h.col());
                words += c != null && isWord(c) ? 1 : 0;
            }
            if (2 * words >= last - headerRow) {
                return true;
            }
        }
        return false;
    }

    private static Cell at(List<Cell> row, int col) {
        for (Cell c : row) {
            if (c.col() == col) {
                return c;
            }
        }
        return null;
    }

    /** A word: text that is no number written as text. */
    private static boolean isWord(Cell c) {
        return c.kind() == CellKind.TEXT && !c.text().isBlank()
                && !c.text().strip().matches("\\d+([.,]\\d+)?|\\d{1,3}([ \\u00A0\\u202F]\\d{3})+");
    }

    /** A cell's text on one line. */
    public static String text(Cell c) {
        return c.text().replace('\n', ' ').strip().replaceAll("\\s+", " ");
    }
}
