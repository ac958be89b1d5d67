package org.emisworkbench.model;

/**
 * Digits of other scripts read as the ASCII digits they are: a return filled in on an Arabic keyboard writes
 * {@code ٣٠} (Arabic-Indic) or {@code ۳۰} (Eastern Arabic, Persian) for 30, and a code {@code MR-١٠١٠١} for
 * {@code MR-10101} (review 27). Any Unicode decimal digit ({@link Character#digit(char, int)}) counts, so Devanagari
 * or Bengali digits are read too. The one place that says which characters are digits; figures
 * ({@code CellValues}), codes ({@link CodeCase}) and years ({@code YearParser}) all read through it. Each reader says
 * where it read such digits (IMP-41), so nothing is changed without a word.
 */
public final class Digits {
    /** The Arabic decimal separator ({@code ٫}) and thousands separator ({@code ٬}). */
    static final char ARABIC_DECIMAL = '\u066B';
    static final char ARABIC_THOUSANDS = '\u066C';

    private Digits() {
    }

    /** True when the text holds a decimal digit that is not ASCII ({@code ٣}, {@code ۵}). */
    public static boolean hasOther(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 127 && Character.digit(c, 10) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name of the script of the text's first digit that is not ASCII, as a message names it ({@code Arabic-Indic}
     * for {@code ٣٠} and {@code ۳۰}, {@code Bengali} for {@code ২৭}, {@code Devanagari} for {@code २७}); null when the
     * text has none. Said so that a Bengali return is not told its digits are Arabic-Indic (review 29 F4).
     */
    public static String scriptOf(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 127 && Character.digit(c, 10) >= 0) {
                Character.UnicodeScript s = Character.UnicodeScript.of(c);
                if (s == Character.UnicodeScript.ARABIC) {
                    return "Arabic-Indic";
                }
                String name = s.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
                return Character.toUpperCase(name.charAt(0)) + name.substring(1);
            }
        }
        return null;
    }

    /**
     * The text with every decimal digit written in ASCII ({@code ٣٠} → {@code 30}); the text itself when it has none.
     * Nothing else is changed.
     */
    public static String ascii(String text) {
        if (!hasOther(text)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int d = c > 127 ? Character.digit(c, 10) : -1;
            sb.append(d >= 0 ? (char) ('0' + d) : c);
        }
        return sb.toString();
    }

    /**
     * A figure's text with its digits in ASCII and the Arabic separators written the way {@code decimal} and
     * {@code thousands} say ({@code ١٬٢٣٤} → {@code 1,234} where the comma separates thousands); the text itself when
     * it holds neither.
     */
    public static String asciiFigure(String text, char decimal, char thousands) {
        String t = ascii(text);
        if (t == null || t.indexOf(ARABIC_DECIMAL) < 0 && t.indexOf(ARABIC_THOUSANDS) < 0) {
            return t;
        }
        return t.replace(ARABIC_DECIMAL, decimal).replace(ARABIC_THOUSANDS, thousands);
    }
}
