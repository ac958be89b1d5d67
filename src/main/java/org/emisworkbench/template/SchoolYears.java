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
    /** The calendar of the template's bare years ({@code year.calendar}), or null for Gregorian. */
    private final YearCalendar calendar;

    private SchoolYears(boolean labelNamesEnd, String referenceDateYear, MonthDay referenceDate,
                        YearCalendar calendar) {
        this.labelNamesEnd = labelNamesEnd;
        this.referenceDateYear = referenceDateYear;
        this.referenceDate = referenceDate;
        this.calendar = calendar;
    }

    /** The settings of a template (checked by the loader: {@code start}, {@code end} or absent). */
    public static SchoolYears of(Template t) {
        SchoolYears s = of(t.year() == null ? null : t.year().schoolYear(), t.referenceDateYear(), t.referenceDate());
        YearCalendar calendar = t.year() == null ? null : YearCalendar.named(t.year().calendar()).orElse(null);
        return calendar != null ? new SchoolYears(s.labelNamesEnd, s.referenceDateYear, s.referenceDate, calendar) : s;
    }

    /**
     * @param schoolYear        {@code start}, {@code end} or null (start)
     * @param referenceDateYear {@code start}, {@code end} or null (the census year)
     * @param referenceDate     {@code --MM-DD}, or null for {@link Template#DEFAULT_REFERENCE_DATE}
     */
    public static SchoolYears of(String schoolYear, String referenceDateYear, String referenceDate) {
        return new SchoolYears("end".equals(schoolYear), referenceDateYear,
                MonthDay.parse(referenceDate == null ? Template.DEFAULT_REFERENCE_DATE : referenceDate), null);
    }

    /**
     * The census year a cell value states ({@code SY2024-25}, {@code 2025}), or empty. Under a {@code calendar} a year
     * of its range ({@code ۱۴۰۳} solar hijri, {@code २०८१} Bikram Sambat) is that calendar's: the Gregorian year its
     * school year starts in (1403 → 2024, 2081 → 2024, whatever {@code schoolYear} says: the school year labelled 1403
     * starts in 2024 in cold- and warm-climate schools alike, decision 0101; Nepal's session 2081 in April 2024,
     * decision 0108).
     */
    public OptionalInt fromLabel(String text) {
        OptionalInt written = calendar != null ? calendar.year(text) : OptionalInt.empty();
        return written.isPresent() ? OptionalInt.of(calendar.censusYear(written.getAsInt()))
                : censusYear(YearParser.span(text));
    }

    /**
     * The census year a file name states ({@code D01_SY2024-25.xlsx}, {@code D01-2025.xlsx}), or empty. Under a
     * {@code calendar} its last year of that calendar ({@code census_1101-0042_1403.xlsx} → 2024) comes first, as the
     * template says the forms write their years so.
     */
    public OptionalInt fromFileName(String fileName) {
        OptionalInt written = calendar != null ? calendar.yearInFileName(fileName) : OptionalInt.empty();
        return written.isPresent() ? OptionalInt.of(calendar.censusYear(written.getAsInt()))
                : censusYear(YearParser.spanInFileName(fileName));
    }

    /** The calendar the template's bare years are written in ({@code year.calendar}), or empty for Gregorian. */
    public java.util.Optional<YearCalendar> calendar() {
        return java.util.Optional.ofNullable(calendar);
    }

    /**
     * The census years of a file name's year-like tokens other than the last one, which {@link #fromFileName}
     * takes ({@code returns-2023-corrected-2024.xlsx} → 2023), each once. Under a {@code calendar} a single year of
     * its range is its census year ({@code Flash1_2081_Kavre.xlsx} names 2024 under Bikram Sambat, not 2081).
     */
    public java.util.List<Integer> otherYearsInFileName(String fileName) {
        java.util.List<YearParser.Span> all = YearParser.spansInFileName(fileName);
        OptionalInt used = fromFileName(fileName);
        return all.stream().map(this::censusYearUnderCalendar).filter(OptionalInt::isPresent).map(OptionalInt::getAsInt)
                .filter(y -> used.isEmpty() || y != used.getAsInt()).distinct().toList();
    }

    private OptionalInt censusYearUnderCalendar(YearParser.Span s) {
        OptionalInt written = calendar == null || s.twoYear() ? OptionalInt.empty()
                : calendar.year(String.valueOf(s.first()));
        return written.isPresent() ? OptionalInt.of(calendar.censusYear(written.getAsInt())) : censusYear(s);
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
