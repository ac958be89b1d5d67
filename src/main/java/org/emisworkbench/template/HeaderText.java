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
     * Trims, folds case, turns line breaks, tabs, non-breaking and repeated spaces into one space, and digits of
     * other scripts (١, ४, ១) into the ASCII digits they are.
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
            // Digits of other scripts compare as the digits they are (model.Digits): a template's spelling
            // "ថ្នាក់ទី1" is the sheet's "ថ្នាក់ទី១" (review 32), as a figure or a code in them already is.
            int digit = c > 127 ? Character.digit(c, 10) : -1;
            sb.append(digit >= 0 ? (char) ('0' + digit) : c);
        }
        String out = sb.toString().toLowerCase(Locale.ROOT);
        out = out.contains(".0") ? WHOLE_NUMBER_POINT_ZERO.matcher(out).replaceAll("$1") : out;
        return gradeSpellings(out);
    }

    /**
     * French primary grades written with a space or a mark between their letters and year ({@code CP 1},
     * {@code C.P.1}, {@code CE-2}, {@code C. M. 1}): the same grade as {@code CP1}, written so once.
     */
    private static final java.util.regex.Pattern FRENCH_GRADE = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\d])c ?[.\\-]? ?([pem]) ?[.\\-]? ?([12])\\.?(?![\\p{L}\\d.])");
    /** {@code Pry 1}, {@code Pri. 2}, {@code Prim 3}, {@code Pr. 4} (primary years, Nigeria): written {@code primary 1}. */
    private static final java.util.regex.Pattern PRIMARY_YEAR = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\d])(?:pry|pri|prim|pr(?=\\.))\\.? ?[\\-]? ?(\\d{1,2})(?![\\p{L}\\d])");

    /**
     * A normalised text with its grade names written one way ({@link #FRENCH_GRADE}, {@link #PRIMARY_YEAR}), so the
     * grade list holds one spelling of each and every header, label and code compared is read alike. Only a grade
     * name and its year standing as a word are rewritten ({@code cp12}, {@code price 1}, {@code 2024/25} are not).
     */
    private static String gradeSpellings(String out) {
        boolean digit = false;
        for (int i = 0; i < out.length() && !digit; i++) {
            digit = Character.isDigit(out.charAt(i));
        }
        if (!digit) {
            return out;
        }
        if (out.indexOf('c') >= 0) {
            out = FRENCH_GRADE.matcher(out).replaceAll("c$1$2");
        }
        if (out.contains("pr")) {
            out = PRIMARY_YEAR.matcher(out).replaceAll("primary $1");
        }
        return out;
    }

    /**
     * The sides of a text written in two or more languages, {@code English / Bislama} or {@code සිංහල / தமிழ் /
     * English} (a slash with a space either side): {@code School No / Namba blong Skul} gives {@code [school no,
     * namba blong skul]}, each side stripped and as it is given (normalise first to compare). Empty when the text is
     * no such pair: {@code 2024/25} and {@code F/M} have no spaces around their slash, and a side left empty makes no
     * pair. For a header or code that matches nothing as a whole ({@link HeaderMatcher#match}, {@link CodeList#code}),
     * and for the language lines of a header of several rows ({@link HeaderLocator}).
     */
    public static java.util.List<String> bilingualSides(String text) {
        if (text == null || text.indexOf('/') < 0 || !SIDE_SEPARATOR.matcher(text).find()) {
            return java.util.List.of();
        }
        java.util.List<String> sides = new java.util.ArrayList<>();
        for (String side : SIDE_SEPARATOR.split(text.strip(), -1)) {
            String s = side.strip();
            if (s.isEmpty()) {
                return java.util.List.of();
            }
            sides.add(s);
        }
        return sides.size() < 2 ? java.util.List.of() : sides;
    }

    /** The slash between two languages' sides: spaces (or a line break) either side. */
    private static final java.util.regex.Pattern SIDE_SEPARATOR = java.util.regex.Pattern.compile("\\s+/\\s+");

    /**
     * The one script a text's letters are written in ({@code LATIN} for {@code Grade 1}, {@code SINHALA} for {@code 1
     * ශ්‍රේණිය}; digits, marks and joiners say nothing), or null when it has no letter or letters of several scripts.
     * Tells a header's language lines apart when they are stacked in rows ({@link HeaderLocator}).
     */
    public static Character.UnicodeScript script(String text) {
        Character.UnicodeScript one = null;
        for (int i = 0; text != null && i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            if (s == Character.UnicodeScript.COMMON || s == Character.UnicodeScript.INHERITED) {
                continue;
            }
            if (one != null && one != s) {
                return null;
            }
            one = s;
        }
        return one;
    }

    /**
     * A whole number a NUMBER cell holds is written "1.0" by some programs and "1" by Excel, and typed "1" as
     * text: all three are the same header ("1.0 G" and "1 G" name one column).
     */
    private static final java.util.regex.Pattern WHOLE_NUMBER_POINT_ZERO =
            java.util.regex.Pattern.compile("(?<![\\d.])(\\d+)\\.0(?![\\d.])");

    /** Labels of a total row or column, once normalised ({@link #normalizeLabel}): checked, never stored. */
    public static final java.util.Set<String> TOTAL_WORDS = java.util.Set.of("total", "totals", "grand total", "sum",
            "total général", "total general", "totaux", "overall total", "district total",
            // Bahasa Indonesia (Dapodik's "Jumlah" row and band, review 29).
            "jumlah",
            // Forms in one local language only (review 30 C3), beside their sex words (BuiltInCodeLists): Bislama
            // (Vanuatu, "Total / Totol"), Amharic (Ethiopia, "Total / ድምር"), Dari (Afghanistan, "مجموع / Total"),
            // Swahili (Tanzania, "Jumla").
            "totol", "ድምር", "مجموع", "jumla",
            // Arabic (Morocco, review 32 B1): the total with its article, as a table's last row or column writes it.
            "المجموع",
            // Burmese (Myanmar, "Total / စုစုပေါင်း", review 32 B2).
            "စုစုပေါင်း",
            // South and South-East Asia (review 32 A: a district total row labelled in Nepali or Khmer alone was
            // stored as a school): Nepali and Hindi (जम्मा, कुल जम्मा, कुल, योग), Bengali (মোট, সর্বমোট), Sinhala
            // (එකතුව), Tamil (மொத்தம்), Khmer (សរុប), Lao (ລວມ), Thai (รวม), Vietnamese (Tổng, Tổng số, Tổng cộng).
            "जम्मा", "कुल जम्मा", "कुल", "योग", "মোট", "সর্বমোট", "එකතුව", "மொத்தம்", "សរុប", "ລວມ", "รวม", "tổng",
            // Lao ລວມທັງໝົດ, the grand total of a province sheet (review 33).
            "ລວມທັງໝົດ",
            "tổng số", "tổng cộng");

    /**
     * Words of a subtotal's label, never a label alone of a table's total, so not in {@link #TOTAL_WORDS}: also
     * Vietnamese {@code cộng} ("sum"), which heads a commune's subtotal row ({@code Cộng xã Tân Kim}, review 33 style 4).
     */
    private static final java.util.List<String> SUBTOTAL_WORDS = java.util.List.of("subtotal", "sub total",
            "sous total", "cộng");

    /**
     * First words of the label of a subtotal or total row that also names what it adds up ("Total District North",
     * "Sub-total South", "Sous-total CEB Kaya", "Grand total for the province", "Jumla Kata ya Kati"), folded: the
     * total words and the subtotal words, one list for every reader of such labels (wide sheets, serial columns).
     */
    private static final java.util.List<String> TOTAL_PREFIXES = java.util.stream.Stream.concat(
            TOTAL_WORDS.stream(), SUBTOTAL_WORDS.stream()).map(HeaderText::fold).distinct().sorted().toList();

    /**
     * What every total label holds, derived from {@link #TOTAL_PREFIXES}: {@code tota} where a prefix has it, else
     * the prefix itself. A cheap test before folding; a word added above is covered without touching this.
     */
    private static final java.util.List<String> TOTAL_STEMS = java.util.stream.Stream.concat(TOTAL_PREFIXES.stream(),
                    // Normalised as well as folded: folding drops the vowel signs of Devanagari or Khmer (जम्मा), which
                    // the label tested before folding keeps.
                    java.util.stream.Stream.concat(TOTAL_WORDS.stream(), SUBTOTAL_WORDS.stream())
                            .map(HeaderText::normalizeLabel))
            .map(p -> p.contains("tota") ? "tota" : p).distinct().toList();

    /**
     * True for a total's label or header ({@link #TOTAL_WORDS}), alone or as one side of a text written in two
     * languages ({@code المجموع / Total}) whose other sides name no grade, sex or age ({@code Boys / Total} is two
     * things, not a total): the built-in {@code total} code list, which reads bilingual sides so, and which a
     * template extends with its own language's words (review 27, F6 and F9). One test of a total word.
     */
    public static boolean isTotalWord(String text) {
        return text != null && !text.isEmpty() && CodeLists.builtIn().require("total").code(text) != null;
    }

    /**
     * True when a row's label says it is a total or subtotal: a total word alone ("Total", "Grand total"),
     * or one followed or preceded by what it adds up ("Total District North", "Sous-total", "North total").
     * Never a school: a total label starts with a letter and has the total word as a whole word.
     */
    public static boolean isTotalLabel(String text) {
        return isTotalLabel(text, java.util.List.of());
    }

    /**
     * As {@link #isTotalLabel(String)}, with the total words a template adds to its {@code total} list (the words
     * beyond the built-in ones): {@code "total": {"total": ["Jumlah"]}} makes {@code Jumlah Kab. Sukamaju} a
     * subtotal's label as {@code Total Kab. Sukamaju} is (docs/templates.md section 7, <i>Subtotal rows</i>; review 29
     * F3).
     */
    public static boolean isTotalLabel(String text, java.util.List<String> ownWords) {
        if (text == null || text.isEmpty() || text.length() > 80) {
            return false;
        }
        String n = normalizeLabel(text);
        if (isTotalWord(text)) {
            return true;
        }
        if (n.isEmpty() || !Character.isLetter(n.charAt(0))) {
            return false;
        }
        for (String w : ownWords) {
            if (n.equals(w) || n.startsWith(w + " ") || n.endsWith(" " + w)) {
                return true;
            }
        }
        if (TOTAL_STEMS.stream().noneMatch(n::contains)) {
            return false; // cheap: every built-in total label holds one of the stems; school codes rarely do
        }
        String f = fold(text);
        for (String p : TOTAL_PREFIXES) {
            if (f.equals(p) || f.startsWith(p + " ")) {
                return true;
            }
        }
        return f.endsWith(" total") || f.endsWith(" totals") || f.endsWith(" subtotal") || f.endsWith(" sub total");
    }

    /**
     * Labels saying both sexes ({@code T}, {@code HM}, {@code GF}, {@code Ensemble}), once normalised: a total of the
     * sexes beside them, as {@code Total} is, but only where both sexes stand beside them ({@code G | F | T}), since
     * a lone {@code T} or {@code MF} says nothing elsewhere.
     */
    public static final java.util.Set<String> BOTH_SEXES_WORDS = java.util.Set.of("t", "hm", "hf", "fh", "gf", "fg",
            "mf", "fm", "m+f", "f+m", "b+g", "g+b", "g+f", "f+g", "h+m", "h+f", "f+h", "ensemble", "both",
            "both sexes", "les deux sexes", "deux sexes", "ambos", "ambos os sexos", "total",
            // Bahasa Indonesia: laki-laki + perempuan (Dapodik's per-school subtotal rows, review 34).
            "l+p", "p+l");

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
