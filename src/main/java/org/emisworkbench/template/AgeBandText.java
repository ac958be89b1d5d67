package org.emisworkbench.template;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Open age bands written in words the built-in list does not spell out ({@code 14 ans et +}, {@code 14 et +},
 * {@code ≥ 14 ans}, {@code 14 anos ou mais}, {@code moins de 6}, {@code 5 ans et moins}): read by their shape, for
 * the age list's codes only. Not aliases of the list: every alias multiplies the headers a template's {@code {age}}
 * patterns expand to, and a list grown by hundreds of them no longer fitted in a modest laptop's memory. So these
 * spellings are known where a cell names an age (a row of an age table, a roster's age), not inside a column header.
 */
final class AgeBandText {
    private AgeBandText() {
    }

    private static final String UNIT = "(?: ?(?:ans?|anos?|years?|yrs?))?";
    /** N and over: "14 ans et +", "14 et plus", "14 anos ou mais", "14 & over", "14 years +". */
    private static final Pattern AND_OVER = Pattern.compile("(\\d{1,2})" + UNIT
            + " ?(?:et|ou|e|and|or|&)? ?(?:\\+|plus|mais|more|over|above|au-delà|au-dela)" + UNIT);
    /** N and over: "≥ 14", ">= 14 ans". */
    private static final Pattern AT_LEAST = Pattern.compile("(?:≥|>=) ?(\\d{1,2})" + UNIT);
    /** N and under: "5 ans et moins", "5 anos ou menos", "5 & under", "≤ 5 ans", "<= 5 ans". */
    private static final Pattern AND_UNDER = Pattern.compile("(\\d{1,2})" + UNIT
            + " ?(?:et|ou|e|and|or|&) ?(?:moins|menos|under|less)");
    private static final Pattern AT_MOST = Pattern.compile("(?:≤|<=) ?(\\d{1,2})" + UNIT);
    /** Under N, i.e. N − 1 and under: "moins de 6", "menos de 6 anos", "< 6 ans". */
    private static final Pattern BELOW = Pattern.compile("(?:moins de|menos de|<) ?(\\d{1,2})" + UNIT);

    /** The band's code ({@code 14+}, {@code -5}) for a normalised text of one of these shapes, else null. */
    static String code(String normalised) {
        Matcher m;
        if ((m = AND_OVER.matcher(normalised)).matches() || (m = AT_LEAST.matcher(normalised)).matches()) {
            return Integer.parseInt(m.group(1)) + "+";
        }
        if ((m = AND_UNDER.matcher(normalised)).matches() || (m = AT_MOST.matcher(normalised)).matches()) {
            return "-" + Integer.parseInt(m.group(1));
        }
        if ((m = BELOW.matcher(normalised)).matches()) {
            return "-" + (Integer.parseInt(m.group(1)) - 1);
        }
        return null;
    }
}
