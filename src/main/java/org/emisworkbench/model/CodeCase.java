package org.emisworkbench.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a school code is written once read (decision 0050): trimmed, its digits in ASCII, and upper-cased, so that {@code sch01004} typed
 * by hand one year is {@code SCH01004} of the next; except a code with the shape of an identifier made by an
 * aggregate reporting system ({@code DiszpKrYNg8}: eleven letters and digits, a letter first, upper and lower case
 * mixed), which is case-sensitive where it comes from and is kept as written.
 */
public final class CodeCase {
    /** A letter, then ten letters or digits: the shape of the identifiers such systems generate. */
    private static final Pattern GENERATED_ID = Pattern.compile("[A-Za-z][A-Za-z0-9]{10}");

    private CodeCase() {
    }

    /**
     * The school code a cell's text gives: trimmed (no-break spaces too), its digits in ASCII ({@code MR-١٠١٠١} typed
     * on an Arabic keyboard is {@code MR-10101}, {@link Digits}; the reading says so, IMP-41), upper-cased unless it
     * keeps its case.
     */
    public static String schoolCode(String raw) {
        String code = Digits.ascii(typed(raw));
        return keepsCase(code) ? code : code.toUpperCase(Locale.ROOT);
    }

    /**
     * The code as the cell writes it, for messages: trimmed (no-break spaces too), its case kept, so that the officer
     * finds {@code EP-MF-0l02} in the sheet where the school's code is {@code EP-MF-0L02}.
     */
    public static String typed(String raw) {
        return raw.replace('\u00A0', ' ').strip();
    }

    /**
     * True for a generated identifier, whose case is part of it: the shape above with both an upper-case and a
     * lower-case letter. A code written all in one case is a code typed by people, whose case means nothing.
     */
    public static boolean keepsCase(String code) {
        return GENERATED_ID.matcher(code).matches() && code.chars().anyMatch(Character::isUpperCase)
                && code.chars().anyMatch(Character::isLowerCase);
    }
}
