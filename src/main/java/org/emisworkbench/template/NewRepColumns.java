package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.model.Message;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * Drafts the district return that splits each class and sex into new pupils and repeaters (decision 0060):
 * {@code Class 1} merged over {@code Male | Female}, each merged over {@code New | Rep} ({@code New entrants |
 * Repeaters}, {@code Nouveaux | Redoublants}, {@code Novos | Repetentes}). The header takes the sub-column row too;
 * the enrolment of a class and sex is its New and Rep columns added up ({@code sumOf}), the repeaters are the Rep
 * column, and the New column is new entrants only in grade 1 and only where its words say new entrants (UIS: pupils
 * entering grade 1 for the first time; above grade 1, "New" beside "Repeaters" counts the pupils not repeating). A
 * part whose partner is not found, or whose class and sex above are not understood, is left out with a note: a
 * part is never read as the whole.
 */
final class NewRepColumns {
    /** The deepest header: a class, a sex, the sub-columns. */
    private static final int MAX_ROWS = 3;

    private NewRepColumns() {
    }

    /**
     * The sub-columns found.
     *
     * @param subRow  0-based row of the sub-column headers: the header's last row
     * @param columns the mapping of each sub-column, by 0-based column
     * @param sums    the enrolment of each class and sex, its New and Rep columns added up
     */
    record Found(int subRow, Map<Integer, ColumnMapping> columns, List<SumMapping> sums) {
    }

    /**
     * The row under the grades and sexes that names New and Rep sub-columns, taken into the header as its last row:
     * {@code last} itself or the row below it, within three header rows from {@code first}; -1 when there is none.
     */
    static int subRow(List<List<Cell>> rows, int first, int last) {
        for (int s = last; s <= last + 1 && s < rows.size() && s - first < MAX_ROWS; s++) {
            if (s > first && isSubRow(rows.get(s))) {
                return s;
            }
        }
        return -1;
    }

    /**
     * On a sheet named by a grade (one sheet per grade, decision 0117), the row naming New and Rep between the
     * header's first and last rows ({@code Effectifs} over {@code Nouveaux | Redoublants} over {@code G | F}): the
     * class is the sheet's, the sex is under the sub-columns; -1 when there is none.
     */
    static int middleSubRow(List<List<Cell>> rows, int first, int last) {
        for (int s = first; s < last && s < rows.size(); s++) {
            if (isSubRow(rows.get(s))) {
                return s;
            }
        }
        return -1;
    }

    /**
     * True for a row of words only, most of them sub-column words, at least one of new pupils and one of repeaters.
     */
    private static boolean isSubRow(List<Cell> row) {
        int words = 0;
        int news = 0;
        int reps = 0;
        for (Cell c : row) {
            if (c.isBlank()) {
                continue;
            }
            if (c.kind() != CellKind.TEXT) {
                return false;
            }
            words++;
            DraftVocabulary.SubColumn sub = DraftVocabulary.subColumn(c.text());
            if (sub == DraftVocabulary.SubColumn.REPEATERS) {
                reps++;
            } else if (sub != null) {
                news++;
            }
        }
        return news > 0 && reps > 0 && 2 * (news + reps) >= words;
    }

    /**
     * The sub-columns of the header from {@code first} to {@code subRow} ({@link #subRow}), their class and sex read
     * from the rows above them; notes for the parts left out.
     */
    static Found guess(String sheet, List<List<Cell>> rows, int first, int subRow, String topic, String language,
                       List<Message> notes) {
        return guess(sheet, rows, first, subRow, subRow, topic, language, notes);
    }

    /**
     * As {@link #guess(String, List, int, int, String, String, List)}, the header ending on row {@code last}: below
     * the sub-column row on a sheet named by a grade ({@link #middleSubRow}), where each sub-column's class is the
     * sheet's name and its sex the text under it.
     */
    static Found guess(String sheet, List<List<Cell>> rows, int first, int subRow, int last, String topic,
                       String language, List<Message> notes) {
        String[] texts = HeaderLocator.columnTexts(rows, first, last);
        Map<Integer, String> under = new LinkedHashMap<>();
        List<Cell> subCells = new ArrayList<>(rows.get(subRow));
        if (last > subRow) {
            // Each sub-column word is carried right over the columns its merged cell spans: the column's whole header
            // holds it ("Effectifs Nouveaux F"), a column under another heading ("Total F") does not.
            subCells = new ArrayList<>();
            Cell carried = null;
            for (int c = 0; c < texts.length; c++) {
                Cell own = cellAt(rows.get(subRow), c);
                carried = own != null && !own.isBlank() ? own : carried;
                Cell low = cellAt(rows.get(last), c);
                if (carried != null && texts[c] != null && low != null && !low.isBlank()
                        && texts[c].contains(carried.text().strip())) {
                    subCells.add(new Cell(subRow, c, CellKind.TEXT, carried.text(), Double.NaN));
                    under.put(c, low.text().strip());
                }
            }
        }
        Map<String, List<Integer>> news = new LinkedHashMap<>();
        Map<String, List<Integer>> reps = new LinkedHashMap<>();
        Map<Integer, DraftVocabulary.SubColumn> kinds = new LinkedHashMap<>();
        Map<Integer, DraftVocabulary.Guess> above = new LinkedHashMap<>();
        Map<Integer, ColumnMapping> columns = new LinkedHashMap<>();
        List<String> notUnderstood = new ArrayList<>();
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (Cell cell : subCells) {
            DraftVocabulary.SubColumn sub = cell.isBlank() ? null : DraftVocabulary.subColumn(cell.text());
            int c = cell.col();
            if (c >= texts.length || texts[c] == null) {
                continue;
            }
            if (sub == null && !cell.isBlank() && HeaderText.isTotalWord(cell.text())
                    && texts[c].endsWith(cell.text().strip())) {
                // "Class 1 Male Total" beside New and Rep: that class and sex's enrolment, a check of their sum.
                DraftVocabulary.Guess t = DraftVocabulary.guess(texts[c].substring(0, texts[c].length()
                        - cell.text().strip().length()).strip(), topic, language);
                if (t != null && "enrolment".equals(t.field()) && !t.total() && t.grade() != null && t.sex() != null) {
                    totals.put(t.grade() + " " + t.sex(), c);
                }
                continue;
            }
            if (sub == null) {
                continue;
            }
            String whole = texts[c];
            String own = cell.text().strip();
            DraftVocabulary.Guess g = null;
            if (under.containsKey(c)) {
                // The class named by the sheet, the sex under the sub-column: "1ère année" and "G".
                g = DraftVocabulary.guess(sheet + " " + under.get(c), topic, language);
            } else if (whole.endsWith(own) && whole.length() > own.length()) {
                g = DraftVocabulary.guess(whole.substring(0, whole.length() - own.length()).strip(), topic, language);
            }
            if (g == null || g.key() || g.total() || !"enrolment".equals(g.field()) || g.grade() == null
                    || g.sex() == null || g.age() != null) {
                // "Chiefdom New" or "Total New": no class and sex of pupils above it; read by no guess.
                columns.put(c, ColumnMapping.unread(c, whole));
                notUnderstood.add(CellRef.columnLetters(c) + " “" + TemplateDrafter.oneLine(whole) + "”");
                continue;
            }
            kinds.put(c, sub);
            above.put(c, g);
            String slot = g.grade() + " " + g.sex();
            (sub == DraftVocabulary.SubColumn.REPEATERS ? reps : news).computeIfAbsent(slot, k -> new ArrayList<>())
                    .add(c);
        }
        if (!notUnderstood.isEmpty()) {
            notes.add(Message.of("draft.newRepNotUnderstood", sheet, subRow + 1, String.join(", ", notUnderstood)));
        }
        List<SumMapping> sums = new ArrayList<>();
        java.util.Set<String> slots = new java.util.LinkedHashSet<>(news.keySet());
        slots.addAll(reps.keySet());
        for (String slot : slots) {
            List<Integer> n = news.getOrDefault(slot, List.of());
            List<Integer> r = reps.getOrDefault(slot, List.of());
            if (n.size() > 1 || r.size() > 1) {
                // Two New (or Rep) columns for one class and sex: which one is the part cannot be told.
                for (int c : concat(n, r)) {
                    columns.put(c, ColumnMapping.unread(c, texts[c]));
                }
                notes.add(Message.of("draft.newRepTwice", sheet, slot, letters(concat(n, r))));
                continue;
            }
            Integer newCol = n.isEmpty() ? null : n.get(0);
            Integer repCol = r.isEmpty() ? null : r.get(0);
            DraftVocabulary.Guess g = above.get(newCol != null ? newCol : repCol);
            if (repCol != null) {
                columns.put(repCol, new ColumnMapping(repCol, texts[repCol], "repeaters", false, false, g.sex(),
                        g.grade(), null, null, 0.9));
            }
            if (newCol == null) {
                notes.add(Message.of("draft.newRepNoNew", sheet, CellRef.columnLetters(repCol),
                        TemplateDrafter.oneLine(texts[repCol]), slot));
                continue;
            }
            boolean entrants = kinds.get(newCol) == DraftVocabulary.SubColumn.NEW_ENTRANTS && "G1".equals(g.grade());
            columns.put(newCol, entrants ? new ColumnMapping(newCol, texts[newCol], "new_entrants", false, false,
                    g.sex(), "G1", null, null, 0.85) : ColumnMapping.unread(newCol, texts[newCol]));
            if (repCol == null) {
                // The new pupils alone are a part of the enrolment: never stored as the whole.
                notes.add(Message.of("draft.newRepNoRep", sheet, CellRef.columnLetters(newCol),
                        TemplateDrafter.oneLine(texts[newCol]), slot));
                continue;
            }
            sums.add(new SumMapping("enrolment", g.sex(), List.of(TemplateDrafter.oneLine(texts[newCol]),
                    TemplateDrafter.oneLine(texts[repCol])), null, g.grade(), false));
            Integer total = totals.get(slot);
            if (total != null) {
                columns.put(total, new ColumnMapping(total, texts[total], "enrolment", false, true, g.sex(), g.grade(),
                        null, null, 0.9));
            }
        }
        if (!sums.isEmpty()) {
            notes.add(last > subRow ? Message.of("draft.newRepBySheet", sheet, subRow + 1, sums.size())
                    : Message.of("draft.newRep", sheet, first + 1, subRow + 1, sums.size()));
        }
        return new Found(subRow, columns, sums);
    }

    private static Cell cellAt(List<Cell> row, int col) {
        for (Cell c : row) {
            if (c.col() == col) {
                return c;
            }
        }
        return null;
    }

    private static List<Integer> concat(List<Integer> a, List<Integer> b) {
        List<Integer> out = new ArrayList<>(a);
        out.addAll(b);
        out.sort(null);
        return out;
    }

    private static String letters(List<Integer> cols) {
        return String.join(", ", cols.stream().map(CellRef::columnLetters).toList());
    }
}
