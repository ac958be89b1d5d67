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

    /** A cell holding a year alone: {@code 2024}, {@code 2024-25}, {@code 2024/2025}, {@code SY2024-25}. */
    private static final Pattern YEAR = Pattern.compile(
            "(?i)\\s*(sy|school year|ann[ée]e scolaire|ann[ée]e|ano( letivo| lectivo)?)?\\s*\\d{4}\\s*([-/–]\\s*\\d{2,4})?\\s*");

    /**
     * A year inside a wide column's header ({@code Enrolment 2024-25}, or a banner {@code 2024-25} joined to
     * {@code Grade 1 F}): four digits standing alone, with an optional end year.
     */
    private static final Pattern YEAR_IN_HEADER = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}])(sy\\s*)?\\d{4}(\\s*[-/–]\\s*\\d{2,4})?(?![\\p{N}])");

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
        java.util.regex.Matcher m = YEAR_IN_HEADER.matcher(text);
        if (!m.find()) {
            return null;
        }
        java.util.regex.MatchResult year = m.toMatchResult();
        return m.find() ? null : year;
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
        return cellText != null && YEAR.matcher(cellText).matches()
                && years.fromLabel(cellText).orElse(Integer.MIN_VALUE) == censusYear;
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
