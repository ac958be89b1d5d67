package org.emisworkbench.template;

import java.util.regex.Pattern;

/**
 * "of which girls", "dont filles", "das quais raparigas": the one sex given beside a total for both sexes (decision
 * 0044), read as the sex alone wherever a header's sex is read (drafting, a form's table with a row per grade). Kept
 * out of the built-in sex list: every {@code {sex}} of every template would expand to it too, and loading the
 * templates took a third more memory for it.
 */
public final class OfWhichSex {
    private static final Pattern OF_WHICH_SEX = Pattern.compile(
            "(?iu)(?<![\\p{L}])(of which|o/w|dont|das quais|dos quais)\\s+(girls?|boys?|females?|males?|filles|garçons"
                    + "|garcons|raparigas|meninas|mulheres|rapazes|meninos)(?![\\p{L}])");

    private OfWhichSex() {
    }

    /** The header with any "of which" before a sex dropped ({@code Total dont filles} → {@code Total filles}). */
    static String sexAlone(String header) {
        return header == null ? null : OF_WHICH_SEX.matcher(header).replaceAll("$2");
    }

    /** The sex code a header cell names, by {@code sexes}: {@code Filles} and {@code Dont filles} alike; else null. */
    public static String code(CodeList sexes, String header) {
        if (header == null) {
            return null;
        }
        String code = sexes.code(header);
        if (code != null) {
            return code;
        }
        java.util.regex.Matcher m = OF_WHICH_SEX.matcher(header.strip());
        return m.matches() ? sexes.code(m.group(2)) : null;
    }
}
