package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.emisworkbench.workbook.CellKind;

/**
 * How a template's workbooks write counts as text, beyond what every workbook shares ({@link CellValues}):
 * the marks a ministry writes for "magnitude nil" ({@code -}, {@code –}), read as zero and reported each time,
 * and whether a dot separates thousands ({@code 1.234} is 1234 where a comma is the decimal mark). See
 * docs/templates.md section 7 and decision 0013.
 */
public final class FigureText {
    /** The reading every template has unless it says otherwise: no nil mark, a comma separates thousands. */
    public static final FigureText PLAIN = new FigureText(Set.of(), false);
    /** The thousands separators a template may name. */
    public static final Set<String> SEPARATORS = Set.of(",", ".");
    /** Marks the drafter proposes as nil when it sees them: the dashes of statistical tables (UIS: nil). */
    static final List<String> DASHES = List.of("-", "–", "—", "--");
    /**
     * Words that say "none" in a count cell, in the languages of the returns met (as written, lower case): proposed
     * as nil like the dashes. Never read as nil unless the template lists them (decision 0013).
     */
    static final List<String> NIL_WORDS = List.of("néant", "neant", "nil", "none", "aucun", "aucune", "nada",
            "nenhum", "nenhuma", "nulo");
    /** A decimal comma no thousands separator can be: {@code 12,0}, {@code 7,50} (not {@code 1,250}). */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,(\\d{1,2}|\\d{4,})");

    /** Dots between groups of three digits, perhaps a decimal comma: {@code 1.234}, {@code 12.345.678}, {@code 1.234,0}. */
    private static final Pattern DOTTED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?|\\d+,\\d+");

    private final Set<String> nil;
    private final boolean dotThousands;

    private FigureText(Set<String> nil, boolean dotThousands) {
        this.nil = nil;
        this.dotThousands = dotThousands;
    }

    /** The reading a template asks for; null or empty settings are the plain reading. */
    public static FigureText of(List<String> nilMarks, String thousands) {
        Set<String> marks = new LinkedHashSet<>();
        if (nilMarks != null) {
            for (String m : nilMarks) {
                if (m != null && !normal(m).isEmpty()) {
                    marks.add(normal(m));
                }
            }
        }
        boolean dot = ".".equals(thousands);
        return marks.isEmpty() && !dot ? PLAIN : new FigureText(Set.copyOf(marks), dot);
    }

    /**
     * The count a cell holds: as {@link CellValues#count}, with nil marks read as 0, dotted thousands, and the
     * marks of {@link FigureMarks} set aside (a footnote mark's figure read; "not available" missing).
     */
    public int count(CellKind kind, String text, double number) {
        if (kind == CellKind.TEXT && text != null) {
            if (nil(kind, text)) {
                return 0;
            }
            if (dotThousands) {
                String t = org.emisworkbench.model.Digits.asciiFigure(text, ',', '.').replace('\u00A0', ' ')
                        .replace('\u202F', ' ').trim();
                if (DOTTED.matcher(t).matches()) {
                    return CellValues.fromText(t.replace(".", "").replace(',', '.'));
                }
            }
        }
        int v = CellValues.count(kind, text, number);
        if (v == CellValues.NOT_A_NUMBER && kind == CellKind.TEXT) {
            FigureMarks.Marked marked = FigureMarks.read(text);
            return marked == null ? v : marked.value();
        }
        return v;
    }

    /** True when the cell is one of the template's nil marks: read as 0, and reported. */
    public boolean nil(CellKind kind, String text) {
        return kind == CellKind.TEXT && !nil.isEmpty() && text != null && nil.contains(normal(text));
    }

    /**
     * What a draft should say of a workbook whose text cells are {@code texts}: the dashes and words of none it
     * writes for nil (in the order first seen) and {@code "."} when counts are written with dotted thousands
     * ({@code 1.050}) or a decimal comma ({@code 12,0}), which read otherwise as fractions or not at all. Null entries when there is nothing to say.
     */
    static Settings seen(Iterable<String> texts) {
        Set<String> marks = new LinkedHashSet<>();
        boolean dotted = false;
        for (String raw : texts) {
            String t = raw == null ? "" : normal(raw);
            if (proposedNil(t)) {
                marks.add(t);
            } else if (t.matches("\\d{1,3}(\\.\\d{3})+") || DECIMAL_COMMA.matcher(t).matches()) {
                // 1.050 or 12,0: written the French or Portuguese way, a comma the decimal mark.
                dotted = true;
            }
        }
        return new Settings(marks.isEmpty() ? null : new ArrayList<>(marks), dotted ? "." : null);
    }

    /**
     * A template's figure settings, as drafted or set on the mapping screen: {@code nilMarks} and
     * {@code thousands}, null when not needed.
     */
    public record Settings(List<String> nilMarks, String thousands) {
        public Settings {
            nilMarks = nilMarks == null ? null : List.copyOf(nilMarks);
        }

        /** The same, with an empty list of nil marks and the default separator as null (nothing to write). */
        Settings orNull() {
            return new Settings(nilMarks == null || nilMarks.isEmpty() ? null : nilMarks,
                    thousands == null || thousands.isBlank() || ",".equals(thousands) ? null : thousands);
        }
    }

    /** True for a dash or a word meaning none ({@code néant}, {@code nada}): what a draft proposes as a nil mark. */
    static boolean proposedNil(String normalized) {
        return DASHES.contains(normalized) || NIL_WORDS.contains(normalized);
    }

    private static String normal(String text) {
        return HeaderText.normalize(text);
    }
}
