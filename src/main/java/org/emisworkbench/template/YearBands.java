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

    private YearBands() {
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
            Cell band = null;
            for (Cell c : bandRow) {
                if (c.col() > s.col()) {
                    break;
                }
                if (!c.isBlank()) {
                    band = c;
                }
            }
            String text = band == null ? "" : band.kind() == CellKind.NUMBER ? band.shown() : band.text();
            if (!YEAR.matcher(text).matches()) {
                return false;
            }
            years.add(text.strip());
        }
        return years.size() >= 2;
    }
}
