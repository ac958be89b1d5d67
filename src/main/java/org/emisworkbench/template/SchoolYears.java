package org.emisworkbench.template;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.OptionalInt;

/**
 * The calendar arithmetic of a school year that spans two calendar years, as a template states it.
 *
 * <ul>
 *   <li>{@code year.schoolYear}: which calendar year a two-year label ({@code SY2024-25},
 *       {@code 2024-2025}, {@code 2024/25}) means as census year: {@code start} (2024, the default) or
 *       {@code end} (2025). A single year ({@code 2025}) is the census year whatever the setting.</li>
 *   <li>The school year of a census year therefore starts in the census year ({@code start}) or the
 *       year before ({@code end}).</li>
 *   <li>{@code referenceDateYear}: in which calendar year of that school year the roster reference date
 *       falls, {@code start} or {@code end}; absent, in the census year itself.</li>
 * </ul>
 * Example: {@code schoolYear = start}, {@code referenceDateYear = end}, {@code referenceDate = --03-31}:
 * {@code SY2024-25} is census year 2024, its school year starts in 2024, ages are counted at 31 March 2025.
 */
public final class SchoolYears {
    private final boolean labelNamesEnd;
    private final String referenceDateYear;
    private final MonthDay referenceDate;

    private SchoolYears(boolean labelNamesEnd, String referenceDateYear, MonthDay referenceDate) {
        this.labelNamesEnd = labelNamesEnd;
        this.referenceDateYear = referenceDateYear;
        this.referenceDate = referenceDate;
    }

    /** The settings of a template (checked by the loader: {@code start}, {@code end} or absent). */
    public static SchoolYears of(Template t) {
        return of(t.year() == null ? null : t.year().schoolYear(), t.referenceDateYear(), t.referenceDate());
    }

    /**
     * @param schoolYear        {@code start}, {@code end} or null (start)
     * @param referenceDateYear {@code start}, {@code end} or null (the census year)
     * @param referenceDate     {@code --MM-DD}, or null for {@link Template#DEFAULT_REFERENCE_DATE}
     */
    public static SchoolYears of(String schoolYear, String referenceDateYear, String referenceDate) {
        return new SchoolYears("end".equals(schoolYear), referenceDateYear,
                MonthDay.parse(referenceDate == null ? Template.DEFAULT_REFERENCE_DATE : referenceDate));
    }

    /** The census year a cell value states ({@code SY2024-25}, {@code 2025}), or empty. */
    public OptionalInt fromLabel(String text) {
        return censusYear(YearParser.span(text));
    }

    /** The census year a file name states ({@code D01_SY2024-25.xlsx}, {@code D01-2025.xlsx}), or empty. */
    public OptionalInt fromFileName(String fileName) {
        return censusYear(YearParser.spanInFileName(fileName));
    }

    /**
     * The census years of a file name's year-like tokens other than the last one, which {@link #fromFileName}
     * takes ({@code returns-2023-corrected-2024.xlsx} → 2023), each once.
     */
    public java.util.List<Integer> otherYearsInFileName(String fileName) {
        java.util.List<YearParser.Span> all = YearParser.spansInFileName(fileName);
        OptionalInt used = fromFileName(fileName);
        return all.stream().map(this::censusYear).filter(OptionalInt::isPresent).map(OptionalInt::getAsInt)
                .filter(y -> used.isEmpty() || y != used.getAsInt()).distinct().toList();
    }

    private OptionalInt censusYear(YearParser.Span s) {
        if (s == null) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(s.twoYear() && labelNamesEnd ? s.first() + 1 : s.first());
    }

    /** The calendar year the school year of a census year starts in. */
    public int schoolYearStart(int censusYear) {
        return labelNamesEnd ? censusYear - 1 : censusYear;
    }

    /** The roster reference date of a census year: ages are completed years on that day. */
    public LocalDate referenceDate(int censusYear) {
        int year = referenceDateYear == null ? censusYear
                : "end".equals(referenceDateYear) ? schoolYearStart(censusYear) + 1 : schoolYearStart(censusYear);
        return referenceDate.atYear(year);
    }
}
