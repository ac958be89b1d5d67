package org.emisworkbench.template;

import java.util.List;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * How deep a drafted header goes. The header locator scores rows with the vocabulary's headers and patterns,
 * which know a topic written before the grade ({@code Repeaters Grade 1 Boys}) but not a topic band between the
 * grade and the sex: {@code Grade 1} merged over {@code Enrolled | Repeaters}, each merged over {@code Boys |
 * Girls}. The drafter's guess reads such a column ({@link DraftVocabulary#guess}); so the header is taken down
 * to the deepest row (three at most) that makes more columns guessed than the rows located. A status of teachers
 * merged over the sexes ({@code Titulaires} over {@code H | F}) counts as guessed: its columns add up into the
 * teachers of each sex ({@link TeacherStatusDrafter}).
 */
final class HeaderDepth {
    private static final int MAX_ROWS = 3;

    private HeaderDepth() {
    }

    /** The last header row to read from {@code first}: {@code last}, or a lower one that guesses more columns. */
    static int lastRow(List<List<Cell>> rows, int first, int last, String topic, String language) {
        return lastRow(rows, first, last, topic, language, SecondaryYears.NOT_GIVEN);
    }

    /**
     * As above, {@code Form 1} read as the grade after {@code secondary}'s years of primary, and a stream merged
     * between the grade and the sexes ({@code Form 1} over {@code East} over {@code Boys}) left out as the draft
     * leaves it ({@link StreamColumns}).
     */
    static int lastRow(List<List<Cell>> rows, int first, int last, String topic, String language,
                       SecondaryYears secondary) {
        int best = last;
        int bestCount = guessed(rows, first, last, topic, language, secondary);
        for (int l = last + 1; l < Math.min(rows.size(), first + MAX_ROWS); l++) {
            if (rows.get(l).isEmpty() || rows.get(l).stream().anyMatch(c -> c.kind() != CellKind.TEXT)) {
                // A header row holds words only; a row with a number is a form's value or the first data row.
                break;
            }
            int n = guessed(rows, first, l, topic, language, secondary);
            if (n > bestCount) {
                best = l;
                bestCount = n;
            }
        }
        return best;
    }

    /**
     * Columns under the header rows {@code first} … {@code last} whose text is guessed as a figure; -1 when no
     * column is then the school code (a header that loses its key is no header).
     */
    private static int guessed(List<List<Cell>> rows, int first, int last, String topic, String language,
                               SecondaryYears secondary) {
        int n = 0;
        boolean key = false;
        java.util.function.Function<String, DraftVocabulary.Guess> guess = t -> DraftVocabulary.guess(
                secondary.asGrade(t), topic, language);
        for (String text : HeaderLocator.columnTexts(rows, first, last)) {
            DraftVocabulary.Guess g = text == null ? null : guess.apply(text);
            if (g == null && text != null && secondary.given()) {
                StreamColumns.Stream s = StreamColumns.of(text, guess);
                g = s == null ? null : s.guess();
            }
            // "Titulaires" merged over "H | F": a status of teachers of one sex, added into their total.
            boolean status = (g == null || g.field() == null) && TeacherStatusDrafter.names(text)
                    && TeacherStatusDrafter.sexOf(text) != null;
            n += g != null && !g.key() && g.field() != null || status ? 1 : 0;
            key |= g != null && g.key();
        }
        return key ? n : -1;
    }
}
