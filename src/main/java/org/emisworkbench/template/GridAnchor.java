package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * The cell a form's grid is found by: its title; or, for a grid given without {@code titles} (a table with no title
 * line, review 26 F7), the corner cell of the one header row of grades on the form (the row's first filled cell,
 * {@code Category} left of {@code Kinder | Grade 1 | … | Grade 6}). The import, {@code template check} and the
 * choice of a template all find a grid here, so that they never disagree on where its table is.
 *
 * <p>An untitled grid's header row is a row holding at least two grades written with a letter ({@code Grade 1},
 * {@code P2}, {@code CP1}), each once: a row of figures is never taken for it (its numbers may be grades' numbers),
 * nor the rows of a table with a row per grade (one grade a row). More than one such row, or a grade written twice
 * on it (two tables side by side), is more than one table: nothing is guessed, the grid needs its title.
 */
public final class GridAnchor {
    private GridAnchor() {
    }

    /**
     * What the search for an untitled grid's header row found.
     *
     * @param corner the corner cell of the one header row, or null
     * @param rows   the 0-based rows holding a header of grades (one when {@code corner} is found)
     * @param twice  a grade written twice on the one such row (two tables side by side), or null
     */
    public record Untitled(Cell corner, List<Integer> rows, String twice) {
    }

    /**
     * The grid's title cell under which the {@code occurrence}-th table is read ({@link GridSpec#occurrence}), or for
     * a grid without titles the corner of the form's one header row of grades; null when not found.
     */
    public static Cell find(List<List<Cell>> rows, GridSpec g, int occurrence, CodeList grades) {
        if (g.titles().isEmpty()) {
            return occurrence == 0 ? untitled(rows, grades).corner() : null;
        }
        Cell title = FormCells.findTitle(rows, g.titles(), 0);
        for (int n = 0; n < occurrence && title != null; n++) {
            title = FormCells.findTitle(rows, g.titles(), title.row() + 1); // the girls' block under the boys'
        }
        return title;
    }

    /** Looks for the one header row of grades of a form, for a grid given without titles. */
    public static Untitled untitled(List<List<Cell>> rows, CodeList grades) {
        List<Integer> found = new ArrayList<>();
        Cell corner = null;
        String twice = null;
        for (List<Cell> row : rows) {
            List<Cell> cells = row.stream().filter(c -> !c.isBlank()).sorted(Comparator.comparingInt(Cell::col)).toList();
            Set<String> seen = new HashSet<>();
            String again = null;
            int n = 0;
            for (Cell c : cells) {
                String code = gradeWord(c, grades);
                if (code != null) {
                    n++;
                    if (!seen.add(code) && again == null) {
                        again = c.text().strip();
                    }
                }
            }
            if (n >= 2) {
                found.add(cells.get(0).row());
                corner = cells.get(0);
                twice = again;
            }
        }
        boolean one = found.size() == 1 && twice == null;
        return new Untitled(one ? corner : null, List.copyOf(found), found.size() == 1 ? twice : null);
    }

    /** The grade a text cell names with a letter in it ({@code Grade 1}, {@code P2}), or null (a figure, a word). */
    private static String gradeWord(Cell c, CodeList grades) {
        if (c.kind() != CellKind.TEXT || c.text().chars().noneMatch(Character::isLetter)) {
            return null;
        }
        return grades.code(c.text());
    }
}
