package org.emisworkbench.template;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * The columns of a pupils or staff list that hold no census figure and are drafted as left out on purpose
 * ({@code ignore}), so that an import does not report them at every file: a header naming a person, a phone
 * or a remark ({@link DraftVocabulary#notCensus}), a row number ({@code No.}, {@code S/N}), or a column of words that differ from row to row (the
 * pupils' names under "Student" or "Nom et prénom"). A column of a few words repeated down the list (codes
 * such as "N", "R" under a header the vocabulary does not know) stays unread, for the import to report it.
 */
final class RosterLeftOut {
    /** Rows of words needed before their variety says "names". */
    private static final int MIN_WORDS = 4;

    private RosterLeftOut() {
    }

    /** True when an unread column of the list below {@code lastHeaderRow} is left out on purpose. */
    static boolean leftOut(String header, List<List<Cell>> rows, int lastHeaderRow, int col) {
        if (DraftVocabulary.notCensus(header) || DraftVocabulary.serial(header)) {
            return true;
        }
        int words = 0;
        Set<String> distinct = new HashSet<>();
        for (int r = lastHeaderRow + 1; r < rows.size(); r++) {
            for (Cell cell : rows.get(r)) {
                if (cell.col() != col || cell.isBlank()) {
                    continue;
                }
                if (cell.kind() != CellKind.TEXT || cell.text().chars().filter(Character::isLetter).count() < 2) {
                    return false;
                }
                words++;
                distinct.add(HeaderText.normalizeLabel(cell.text()));
            }
        }
        // Names: nearly every row its own; codes repeat.
        return words >= MIN_WORDS && distinct.size() * 4 >= words * 3;
    }
}
