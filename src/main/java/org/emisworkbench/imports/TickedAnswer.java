package org.emisworkbench.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.template.CodeList;
import org.emisworkbench.template.LabelSpec;
import org.emisworkbench.workbook.Cell;

/**
 * An answer given by a mark in one of several named columns of the label's row ({@code Question | Yes | No} with
 * {@code Drinking water | | X}; a label's {@code ticks}, review 28 F3): which columns are marked, read the same way
 * by the import ({@link FormLabels}) and by {@code emis template check} ({@link LabelValues}). A mark is any of
 * {@link #MARKS} or a word the label's list reads as {@code yes} ({@code X}, {@code ✓}, {@code 1}, {@code Yes},
 * {@code Sí}); a word it reads as {@code no} ({@code 0}, {@code No}) is a column left unmarked; anything else is no
 * mark the reader knows, said at its cell and never taken for one.
 *
 * @param cells    each column found, as {@code C9} on the label's row, in the order the template names them
 * @param headings the heading of each column found, as written
 * @param marked   the columns marked: their cells
 * @param markedIn the heading of each of {@code marked}, as written
 * @param codes    the code a mark means, for each of {@code marked}
 * @param unknown  cells holding something that is no mark nor a word for none
 * @param absent   headings of the template found above no column of the label's table
 */
record TickedAnswer(List<String> cells, List<String> headings, List<Cell> marked, List<String> markedIn,
                    List<String> codes, List<Cell> unknown, List<String> absent) {
    /** Marks that are no word of a list: a bullet drawn in the column. */
    private static final Set<String> MARKS = Set.of("•", "●", "■", "◼", "✓", "✔", "☑", "☒", "x", "X");

    static TickedAnswer read(FormSheet form, Cell label, LabelSpec l, CodeList list) {
        List<String> cells = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        List<Cell> marked = new ArrayList<>();
        List<String> markedIn = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        List<Cell> unknown = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (Map.Entry<String, String> e : l.ticks().entrySet()) {
            Cell heading = form.headingAbove(label, List.of(e.getKey()));
            if (heading == null) {
                absent.add(e.getKey());
                continue;
            }
            cells.add(CellRef.a1(label.row(), heading.col()));
            headings.add(heading.text().strip());
            Cell value = form.at(label.row(), heading.col());
            if (value == null) {
                continue;
            }
            form.markRead(value);
            String text = value.text().strip();
            String code = list.code(text);
            if (MARKS.contains(text) || "yes".equals(code)) {
                marked.add(value);
                markedIn.add(heading.text().strip());
                codes.add(e.getValue());
            } else if (!"no".equals(code)) {
                unknown.add(value);
            }
        }
        return new TickedAnswer(cells, headings, marked, markedIn, codes, unknown, absent);
    }

    /** The one code marked, or null when no column or more than one is marked, or a cell holds no known mark. */
    String answer() {
        return marked.size() == 1 && unknown.isEmpty() && absent.isEmpty() ? codes.get(0) : null;
    }

    /** The headings of the marked columns, joined for a message. */
    String markedHeadings() {
        return String.join(" / ", markedIn);
    }

    /** The cells of the marked columns, joined for a message. */
    String markedCells() {
        return String.join(", ", marked.stream().map(c -> CellRef.a1(c.row(), c.col())).toList());
    }
}
