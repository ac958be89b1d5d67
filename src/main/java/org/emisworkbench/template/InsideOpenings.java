package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * Drafts the labels of forms opening with one line holding the school's name and code ({@code School: Akuna
 * Primary (GH-1200)}, {@code École : EPP Zogbo (BJ-0077)}, {@code Escola: EP Namicopo [MZ-0301]}): the school code
 * and name read inside that cell ({@link InsideLabels}), and the district likewise when a line {@code District:
 * Keta} stands in the form. Such a line is no label with its value beside it, so the form drafter finds no school
 * code label on the sheet; this finds it instead. Written again down the sheet, the line opens a block per school
 * ({@link SchoolsPer#BLOCK}), as a school-code label written again does.
 */
final class InsideOpenings {
    /** Confidence of a label drafted inside its cell: the words name the school, the brackets hold its code. */
    private static final double CONFIDENCE = 0.9;

    private InsideOpenings() {
    }

    /**
     * The sheet's form read from its opening lines, or {@code plain} (the form as guessed without them) when no
     * cell of the sheet opens with words naming the school followed by a colon and a value ending with a code in
     * brackets.
     */
    static FormMapping guessSheet(String sheet, List<List<Cell>> rows, FormMapping plain, SecondaryYears secondary) {
        Cell opening = firstOpening(rows);
        if (opening == null) {
            return plain;
        }
        String head = head(opening, "school.name");
        // Blocks of one sheet may open in two languages ("School:", "École :"): each spelling is a label's text.
        List<String> heads = heads(rows, head, "school.name");
        List<Integer> starts = InsideLabels.rows(rows, heads);
        int end = rows.size();
        SchoolsPer per = null;
        if (starts.size() >= 2) {
            end = FormCells.blockStart(rows, starts.get(1), starts.get(0));
            per = SchoolsPer.BLOCK;
        }
        List<List<Cell>> form = rows.subList(0, end);
        // The tables from the first block's top: a banner above it titles no block's table (review 27).
        FormMapping f = per == null ? plain
                : FormDrafter.guessRows(sheet, form, secondary, FormCells.blockStart(rows, starts.get(0), -1));
        List<LabelMapping> labels = new ArrayList<>();
        List<String> others = heads.subList(1, heads.size());
        String[] codeAfter = codeAfterName(opening);
        if (codeAfter != null) {
            // École: EPP Kaédi Centre — Code: 12345: the code read inside the cell after its own label, the name
            // up to that label (InsideLabels#value).
            List<String> codeHeads = codeHeads(rows, codeAfter[0]);
            String name = InsideLabels.value(opening.text(), List.of(head), List.of(head, codeAfter[0]));
            labels.add(inside(sheet, opening, codeAfter[0], codeAfter[1], "school.code",
                    codeHeads.subList(1, codeHeads.size())));
            labels.add(inside(sheet, opening, head, name, "school.name", others));
        } else {
            String value = InsideLabels.value(opening.text(), List.of(head));
            labels.add(inside(sheet, opening, head, InsideLabels.part(value, "school.code"), "school.code", others));
            labels.add(inside(sheet, opening, head, InsideLabels.part(value, "school.name"), "school.name", others));
        }
        Set<Long> insideCells = new HashSet<>();
        insideCells.add(FormCrossTabs.at(opening));
        Cell district = district(form, opening.row());
        if (district != null && f.labels().stream().noneMatch(l -> "school.district".equals(l.field()))) {
            String h = head(district, "school.district");
            List<String> spellings = heads(rows, h, "school.district");
            labels.add(inside(sheet, district, h, InsideLabels.value(district.text(), List.of(h)), "school.district",
                    spellings.subList(1, spellings.size())));
            insideCells.add(FormCrossTabs.at(district));
        }
        Set<Long> listed = new HashSet<>(insideCells);
        for (LabelMapping l : f.labels()) {
            if (insideCells.contains(at(l.row(), l.col()))) {
                continue;
            }
            listed.add(at(l.row(), l.col()));
            // The code and name are the opening line's: a label elsewhere that looked like one is listed, not read.
            boolean name = "school.name".equals(l.field()) && l.inside();
            labels.add(l.key() || name ? l.withField(null, null) : l);
        }
        // Other lines of the form written the same way ("Inspection : IEP Kara"): listed, not read, for the officer
        // to choose what they hold.
        for (int r = opening.row(); r < form.size(); r++) {
            for (Cell c : form.get(r)) {
                InsideLabels.Split split = c.kind() == CellKind.TEXT ? InsideLabels.split(c.text()) : null;
                if (split != null && !listed.contains(at(c.row(), c.col())) && head(c, "school.name") == null) {
                    labels.add(new LabelMapping(sheet, c.row(), c.col(), split.label(), split.value(), null, null,
                            null, false, 0, null, true));
                }
            }
        }
        return new FormMapping(sheet, labels, f.grids(), f.yearLabel(), f.constants(), f.sums(), per);
    }

    /**
     * The first cell opening a school's form: words naming the school before a colon, after it a name and a code in
     * brackets; null when there is none. A line without a code ({@code School: Chela Primary}) opens a block too,
     * but is not taken for the first: the sheet needs one code to be seen as such forms.
     */
    private static Cell firstOpening(List<List<Cell>> rows) {
        for (List<Cell> row : rows) {
            for (Cell c : row) {
                String head = head(c, "school.name");
                if (head != null && (!InsideLabels.part(InsideLabels.value(c.text(), List.of(head)), "school.code")
                        .isEmpty() || codeAfterName(c) != null)) {
                    return c;
                }
            }
        }
        return null;
    }

    /**
     * The label naming the school code and the code, written in an opening's cell after the name and a separator
     * ({@code École: EPP Kaédi Centre — Code: 12345} gives {@code Code} and {@code 12345}); null when the cell holds
     * no such part, or its words name no school code.
     */
    private static String[] codeAfterName(Cell c) {
        String[] after = c.kind() == CellKind.TEXT ? InsideLabels.codeAfterOtherLabel(c.text()) : null;
        DraftVocabulary.Guess g = after == null ? null : DraftVocabulary.guess(after[0], "enrolment");
        return g != null && g.key() ? after : null;
    }

    /**
     * A cell naming the school's code or name before a colon with its value after it and none beside it ({@code Reg.
     * No: PS0401023}, {@code School: Mwenge Primary}), drafted as a label read inside its cell: {words, value, field};
     * null for any other cell. A code must stand alone after the colon (one word with a digit); a name must not
     * close with a code in brackets, as the openings this class drafts do.
     */
    static String[] schoolValueInside(Cell c) {
        InsideLabels.Split s = c.kind() == CellKind.TEXT ? InsideLabels.split(c.text()) : null;
        DraftVocabulary.Guess g = s == null ? null : DraftVocabulary.guess(TemplateDrafter.oneLine(s.label()),
                "enrolment");
        if (g == null) {
            return null;
        }
        String field = g.key() ? "school.code" : g.field();
        String code = InsideLabels.part(s.value(), "school.code");
        boolean readable = "school.code".equals(field) ? !code.isEmpty() && code.equals(s.value().strip())
                : "school.name".equals(field) && code.isEmpty();
        return readable ? new String[] {TemplateDrafter.oneLine(s.label()), InsideLabels.part(s.value(), field), field}
                : null;
    }

    /**
     * True when a cell of the rows opens with words naming the school or its code before a colon and a value after
     * it ({@code School: Akuna Primary}, {@code Code école : TG-0101}), with or without a code in brackets: a sheet
     * that may hold blocks opening so, of which a note about such blocks may speak.
     */
    static boolean opensBlocks(List<List<Cell>> rows) {
        for (List<Cell> row : rows) {
            for (Cell c : row) {
                if (head(c, "school.name") != null || head(c, "school.code") != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first line {@code District: Keta} from the opening's row down to the end of the form, or null. */
    private static Cell district(List<List<Cell>> form, int openingRow) {
        for (int r = openingRow; r < form.size(); r++) {
            for (Cell c : form.get(r)) {
                if (head(c, "school.district") != null) {
                    return c;
                }
            }
        }
        return null;
    }

    /**
     * The first opening's code label, then every other spelling of it in the sheet's openings ({@code Code}, {@code
     * Code école}), each once: each block's code is read by the label its own line writes.
     */
    private static List<String> codeHeads(List<List<Cell>> rows, String first) {
        List<String> out = new ArrayList<>(List.of(first));
        Set<String> seen = new HashSet<>(Set.of(HeaderText.normalizeLabel(first)));
        for (List<Cell> row : rows) {
            for (Cell c : row) {
                String[] after = head(c, "school.name") != null ? codeAfterName(c) : null;
                if (after != null && seen.add(HeaderText.normalizeLabel(after[0]))) {
                    out.add(after[0]);
                }
            }
        }
        return out;
    }

    /**
     * The words before the colon of a text cell when they name {@code field} (as the drafter's vocabulary reads
     * headers) and a value follows the colon; else null.
     */
    private static String head(Cell c, String field) {
        if (c.kind() != CellKind.TEXT || c.isBlank()) {
            return null;
        }
        String text = c.text();
        int colon = text.indexOf(':');
        if (colon <= 0 || text.substring(colon + 1).isBlank()) {
            return null;
        }
        String head = TemplateDrafter.oneLine(text.substring(0, colon));
        DraftVocabulary.Guess g = DraftVocabulary.guess(head, "enrolment");
        return g != null && !g.key() && field.equals(g.field()) ? head : null;
    }

    private static long at(int row, int col) {
        return ((long) row << 20) | col;
    }

    private static LabelMapping inside(String sheet, Cell cell, String head, String value, String field,
                                       List<String> others) {
        return new LabelMapping(sheet, cell.row(), cell.col(), head, value, field, null, null, false, CONFIDENCE,
                null, true, others);
    }

    /**
     * The first line's words, then every other spelling on the sheet of words naming {@code field} before a colon
     * ({@code École} beside {@code School}, {@code Distrito} beside {@code District}), each once however it is cased
     * or accented.
     */
    private static List<String> heads(List<List<Cell>> rows, String first, String field) {
        List<String> out = new ArrayList<>(List.of(first));
        Set<String> seen = new HashSet<>(Set.of(HeaderText.normalizeLabel(first)));
        for (List<Cell> row : rows) {
            for (Cell c : row) {
                String h = head(c, field);
                if (h != null && seen.add(HeaderText.normalizeLabel(h))) {
                    out.add(h);
                }
            }
        }
        return out;
    }
}
