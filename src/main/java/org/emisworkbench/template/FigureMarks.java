package org.emisworkbench.template;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.Message;

/**
 * Marks statistical tables write beside or instead of a count (docs/templates.md section 7, decision 0043):
 * a footnote mark after the figure ({@code 39*}, {@code 45 (e)}, {@code 26 e}, {@code 52¹}, {@code 48(p)},
 * {@code 12 (r)}) is set aside and the figure read; a "not available" mark ({@code ..}, {@code ...},
 * {@code n/a}, {@code x}) is a missing figure, never 0 and never a cell that could not be read. Every cell
 * read either way is reported (an import's {@code MARK_SET_ASIDE}), so nothing is dropped silently. A dash
 * is not here: it means nil only where the template says so ({@code nilMarks}, decision 0013).
 */
public final class FigureMarks {
    /** Texts that say the figure is not available (UIS {@code ..}/{@code ...}, {@code n/a}, {@code x}). */
    public static final Set<String> NOT_AVAILABLE = Set.of("..", "...", "n/a", "x");
    /**
     * A count, then one mark: stars, a dagger, superscript digits, a letter in brackets, or e, p or r
     * (estimate, provisional, revised) after a space (so {@code 26e}, an ordinal in French, is no figure).
     */
    private static final Pattern MARKED = Pattern.compile(
            "(.*\\d)\\s*(\\*{1,3}|[\u2020\u2021]|[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+|\\(\\s*[A-Za-z]\\s*\\))"
                    + "|(.*\\d)\\s+([eprEPR])");

    private FigureMarks() {
    }

    /**
     * What a text cell says once its mark is set aside.
     *
     * @param value the count, or {@link FactRecord#MISSING} for a "not available" mark
     * @param mark  the mark set aside ({@code *}, {@code (e)}), or the whole text for "not available"
     */
    public record Marked(int value, String mark) {
        private static final String READ = "import.detail.markSetAside";
        private static final String NOT_AVAILABLE_WORDS = "import.detail.notAvailable";

        public boolean notAvailable() {
            return value == FactRecord.MISSING;
        }

        /** The detail of the cell's {@code MARK_SET_ASIDE} problem: it carries the value and the mark. */
        public Message words() {
            return notAvailable() ? Message.of(NOT_AVAILABLE_WORDS, mark) : Message.of(READ, value, mark);
        }

        /**
         * The value and mark a {@code MARK_SET_ASIDE} problem's words carry ({@link #words}); null for other
         * words, or none.
         */
        public static Marked of(Message words) {
            if (words == null) {
                return null;
            }
            if (words.key().equals(NOT_AVAILABLE_WORDS) && words.args().size() == 1) {
                return new Marked(FactRecord.MISSING, String.valueOf(words.args().get(0)));
            }
            if (words.key().equals(READ) && words.args().size() == 2 && words.args().get(0) instanceof Number n) {
                return new Marked(n.intValue(), String.valueOf(words.args().get(1)));
            }
            return null;
        }
    }

    /** The count a marked cell holds, or null when the text carries no mark this class knows (or no count). */
    public static Marked read(String text) {
        if (text == null) {
            return null;
        }
        String t = text.replace('\u00A0', ' ').replace('\u202F', ' ').trim();
        if (t.isEmpty()) {
            return null;
        }
        if (NOT_AVAILABLE.contains(t.toLowerCase(Locale.ROOT))) {
            return new Marked(FactRecord.MISSING, t);
        }
        char last = t.charAt(t.length() - 1);
        if (Character.isDigit(last) && last < 0x80) {
            return null; // the hot path: a count written as text
        }
        Matcher m = MARKED.matcher(t);
        if (!m.matches()) {
            return null;
        }
        String figure = m.group(1) != null ? m.group(1) : m.group(3);
        String mark = m.group(2) != null ? m.group(2) : m.group(4);
        int v = CellValues.fromText(figure);
        return v == FactRecord.MISSING || CellValues.isProblem(v) ? null : new Marked(v, mark.replaceAll("\\s+", ""));
    }
}
