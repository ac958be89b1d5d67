package org.emisworkbench.template;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * Bands that are school years: a form printing last year's figures beside this year's ({@code 2023-24} merged over
 * {@code Boys | Girls}, then {@code 2024-25} over its own). A grid's band {@value #THIS_YEAR} stands for the census
 * year being imported: the columns under the band naming that year are read, the others (last year's) are left
 * unread and reported. A literal {@code "2024-25"} would read last year's figures as this year's once the form is
 * printed again a year later; {@value #THIS_YEAR} never does.
 */
public final class YearBands {
    /** The band text meaning "the census year being imported". */
    public static final String THIS_YEAR = "{year}";

    /**
     * This school year named in words, not digits: a form printing {@code Ano anterior | Ano actual} or {@code Previous
     * year | Current year} over the same grade-and-sex columns. Read as the census year being imported.
     */
    private static final String CURRENT_WORDS = "(?:this|current)\\s+(?:school\\s+)?year"
            + "|a[nñ]o\\s+(?:(?:lectivo|letivo|escolar)\\s+)?(?:actual|atual|corrente|em\\s+curso|en\\s+curso)"
            + "|ann[ée]e\\s+(?:scolaire\\s+)?(?:en\\s+cours|courante|actuelle)|ann[ée]e\\s+n(?![\\p{L}\\p{N}]|\\s*-)";
    /** Last school year named in words: {@code Ano anterior}, {@code Previous year}, {@code Année précédente}, {@code N-1}. */
    private static final String PREVIOUS_WORDS = "(?:last|previous|prior|past)\\s+(?:school\\s+)?year"
            + "|a[nñ]o\\s+(?:(?:lectivo|letivo|escolar)\\s+)?(?:anterior|passado|pasado|transacto|transato)"
            + "|ann[ée]e\\s+(?:scolaire\\s+)?(?:pr[ée]c[ée]dente|pass[ée]e|derni[èe]re)|(?:ann[ée]e\\s+)?n\\s*-\\s*1";
    private static final Pattern CURRENT = Pattern.compile("(?iu)\\s*(?:" + CURRENT_WORDS + ")\\s*");
    private static final Pattern PREVIOUS = Pattern.compile("(?iu)\\s*(?:" + PREVIOUS_WORDS + ")\\s*");

    /** A cell holding a year alone: {@code 2024}, {@code 2024-25}, {@code 2024/2025}, {@code SY2024-25}, {@code Ano actual}. */
    private static final Pattern YEAR = Pattern.compile(
            "(?iu)\\s*(?:(sy|school year|ann[ée]e scolaire|ann[ée]e|ano( letivo| lectivo)?)?\\s*\\d{4}\\s*([-/–]\\s*\\d{2,4})?"
                    + "|" + CURRENT_WORDS + "|" + PREVIOUS_WORDS + ")\\s*");

    /**
     * A year inside a wide column's header ({@code Enrolment 2024-25}, or a banner {@code 2024-25} joined to
     * {@code Grade 1 F}): four digits standing alone, with an optional end year, or this or last year in words.
     */
    private static final Pattern YEAR_IN_HEADER = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])(?:(?<digits>(sy\\s*)?\\d{4}(\\s*[-/–]\\s*\\d{2,4})?)(?![\\p{N}])"
                    + "|(?:" + CURRENT_WORDS + "|" + PREVIOUS_WORDS + ")(?![\\p{L}\\p{N}]))");

    private YearBands() {
    }

    /**
     * The header text with its one year written {@value #THIS_YEAR}, whatever year it is ({@code Enrolment 2023-24}
     * → {@code Enrolment {year}}); null when the text holds no year or more than one. For drafting: the columns of
     * two years that differ only there are one column of {@value #THIS_YEAR}.
     */
    public static String anyYearAsThisYear(String text) {
        java.util.regex.MatchResult year = oneYear(text);
        return year == null ? null : text.substring(0, year.start()) + THIS_YEAR + text.substring(year.end());
    }

    /** The one year a header text holds, as written ({@code 2024-25}); null when none or more than one. */
    public static String yearIn(String text) {
        java.util.regex.MatchResult year = oneYear(text);
        return year == null ? null : year.group();
    }

    /** Where the text's one year stands; null when it holds none or more than one. */
    private static java.util.regex.MatchResult oneYear(String text) {
        if (text == null) {
            return null;
        }
        // A year in digits wins over this or last year in words beside it ("Effectif 2024-25 (année N)" holds one
        // year, 2024-25); words count only in a header with no year in digits.
        java.util.regex.MatchResult digits = null;
        java.util.regex.MatchResult words = null;
        int digitYears = 0;
        int wordYears = 0;
        java.util.regex.Matcher m = YEAR_IN_HEADER.matcher(text);
        while (m.find()) {
            if (m.group("digits") != null) {
                digits = m.toMatchResult();
                digitYears++;
            } else {
                words = m.toMatchResult();
                wordYears++;
            }
        }
        if (digitYears > 0) {
            return digitYears == 1 ? digits : null;
        }
        return wordYears == 1 ? words : null;
    }

    /**
     * The header text with its year written {@value #THIS_YEAR} when that year is census year {@code censusYear}
     * (read by {@code years}, as a grid's band is); null when the text holds no year, several, or another year
     * (last year's column, which a wide template's {@value #THIS_YEAR} never reads).
     */
    public static String censusYearAsThisYear(String text, SchoolYears years, int censusYear) {
        String year = yearIn(text);
        return year != null && namesCensusYear(year, years, censusYear) ? anyYearAsThisYear(text) : null;
    }

    /** True when the band text {@code cellText} names census year {@code censusYear}, read by {@code years}. */
    public static boolean namesCensusYear(String cellText, SchoolYears years, int censusYear) {
        return cellText != null && YEAR.matcher(cellText).matches() && yearOf(cellText, years, censusYear) == censusYear;
    }

    /** The census year a year text names: this or last year in words, else by {@code years}; MIN_VALUE if none. */
    private static int yearOf(String text, SchoolYears years, int censusYear) {
        if (CURRENT.matcher(text).matches()) {
            return censusYear;
        }
        if (PREVIOUS.matcher(text).matches()) {
            return censusYear - 1;
        }
        return years.fromLabel(text).orElse(Integer.MIN_VALUE);
    }

    /**
     * The census year a column's year names when the column is read as {@value #THIS_YEAR} (a draft reading the
     * latest year of a family of columns): by {@code years} for a year in digits; this year in words names whichever
     * year is imported, so any census year will do ({@code anyYear}). Empty when the text names no year so.
     */
    static java.util.OptionalInt censusYearOf(String yearText, SchoolYears years, int anyYear) {
        int year = yearText == null ? Integer.MIN_VALUE : yearOf(yearText.strip(), years, anyYear);
        return year == Integer.MIN_VALUE ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(year);
    }

    /**
     * For ordering the years of one family of columns (drafting: the latest is read): the start year of a year in
     * digits; this year in words after any of them, last year in words before.
     */
    static int order(String year) {
        if (CURRENT.matcher(year).matches()) {
            return Integer.MAX_VALUE;
        }
        if (PREVIOUS.matcher(year).matches()) {
            return Integer.MIN_VALUE;
        }
        return Integer.parseInt(year.replaceAll("\\D", "").substring(0, 4));
    }

    /**
     * True when the band text {@code cellText} names a school year other than census year {@code censusYear}: last
     * year's figures printed beside this year's, which a {@value #THIS_YEAR} band leaves unread on purpose.
     */
    public static boolean namesOtherYear(String cellText, SchoolYears years, int censusYear) {
        return cellText != null && YEAR.matcher(cellText).matches() && !namesCensusYear(cellText, years, censusYear);
    }

    /**
     * True when every sex column of the header ({@code sexRow}) stands under a year on {@code bandRow} (the merged
     * cell's text, or the nearest filled cell to its left), and the years are two or more.
     */
    static boolean allYears(List<Cell> bandRow, List<Cell> sexRow, CodeList sexes) {
        Set<String> years = new HashSet<>();
        for (Cell s : sexRow) {
            if (s.kind() != CellKind.TEXT || sexes.code(s.text()) == null) {
                continue;
            }
            Cell band = FormGrids.bandOver(bandRow, s.col(), false);
            String text = band == null ? "" : band.kind() == CellKind.NUMBER ? band.shown() : band.text();
            if (!YEAR.matcher(text).matches()) {
                return false;
            }
            years.add(text.strip());
        }
        return years.size() >= 2;
    }
}
