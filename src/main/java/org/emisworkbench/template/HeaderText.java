package org.emisworkbench.template;

import java.util.Locale;

/**
 * Normalises header and label text before any comparison, because real returns carry line breaks,
 * trailing spaces, non-breaking spaces and mixed case in their headers (domain reference §1).
 */
public final class HeaderText {
    private HeaderText() {
    }

    /**
     * Trims, folds case, and turns line breaks, tabs, non-breaking and repeated spaces into one space.
     * Null gives the empty string.
     */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\uFEFF') {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        String out = sb.toString().toLowerCase(Locale.ROOT);
        return out.contains(".0") ? WHOLE_NUMBER_POINT_ZERO.matcher(out).replaceAll("$1") : out;
    }

    /**
     * A whole number a NUMBER cell holds is written "1.0" by some programs and "1" by Excel, and typed "1" as
     * text: all three are the same header ("1.0 G" and "1 G" name one column).
     */
    private static final java.util.regex.Pattern WHOLE_NUMBER_POINT_ZERO =
            java.util.regex.Pattern.compile("(?<![\\d.])(\\d+)\\.0(?![\\d.])");

    /** Labels of a total row or column, once normalised ({@link #normalizeLabel}): checked, never stored. */
    public static final java.util.Set<String> TOTAL_WORDS = java.util.Set.of("total", "totals", "grand total", "sum",
            "total général", "total general", "totaux", "overall total", "district total");

    /**
     * Labels saying both sexes ({@code T}, {@code HM}, {@code GF}, {@code Ensemble}), once normalised: a total of the
     * sexes beside them, as {@code Total} is, but only where both sexes stand beside them ({@code G | F | T}), since
     * a lone {@code T} or {@code MF} says nothing elsewhere.
     */
    public static final java.util.Set<String> BOTH_SEXES_WORDS = java.util.Set.of("t", "hm", "hf", "fh", "gf", "fg",
            "mf", "fm", "m+f", "f+m", "b+g", "g+b", "g+f", "f+g", "h+m", "h+f", "f+h", "ensemble", "both",
            "both sexes", "les deux sexes", "deux sexes", "ambos", "ambos os sexos", "total");

    /** {@link #normalize} then drops trailing colons, as labels of form header blocks end with one. */
    public static String normalizeLabel(String text) {
        String n = normalize(text);
        int end = n.length();
        while (end > 0 && (n.charAt(end - 1) == ':' || n.charAt(end - 1) == ' ')) {
            end--;
        }
        return n.substring(0, end);
    }

    /**
     * Lower case, accents dropped, anything but letters, digits and braces turned into single spaces:
     * "Nom de l’école" and "Nom de l'ecole" fold alike. For guessing what a header means, not for matching.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String d = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}{}]+", " ").strip();
    }
}
