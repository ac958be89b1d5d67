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
    private final boolean solarHijri;

    private SchoolYears(boolean labelNamesEnd, String referenceDateYear, MonthDay referenceDate, boolean solarHijri) {
        this.labelNamesEnd = labelNamesEnd;
        this.referenceDateYear = referenceDateYear;
        this.referenceDate = referenceDate;
        this.solarHijri = solarHijri;
    }

    /** The settings of a template (checked by the loader: {@code start}, {@code end} or absent). */
    public static SchoolYears of(Template t) {
        SchoolYears s = of(t.year() == null ? null : t.year().schoolYear(), t.referenceDateYear(), t.referenceDate());
        return t.year() != null && solarHijri(t.year().calendar())
                ? new SchoolYears(s.labelNamesEnd, s.referenceDateYear, s.referenceDate, true) : s;
    }

    /** True for {@code year.calendar} {@code solar-hijri} (as the loader accepts it: any case, spaces around). */
    static boolean solarHijri(String calendar) {
        return calendar != null && YearSpec.SOLAR_HIJRI.equalsIgnoreCase(calendar.strip());
    }

    /**
     * @param schoolYear        {@code start}, {@code end} or null (start)
     * @param referenceDateYear {@code start}, {@code end} or null (the census year)
     * @param referenceDate     {@code --MM-DD}, or null for {@link Template#DEFAULT_REFERENCE_DATE}
     */
    public static SchoolYears of(String schoolYear, String referenceDateYear, String referenceDate) {
        return new SchoolYears("end".equals(schoolYear), referenceDateYear,
                MonthDay.parse(referenceDate == null ? Template.DEFAULT_REFERENCE_DATE : referenceDate), false);
    }

    /**
     * The census year a cell value states ({@code SY2024-25}, {@code 2025}), or empty. Under {@code "calendar":
     * "solar-hijri"} a year from 1300 to 1450 ({@code ۱۴۰۳}) is that calendar's: the Gregorian year its school year
     * starts in (1403 → 2024, whatever {@code schoolYear} says: the school year labelled 1403 starts in 2024 in cold-
     * and warm-climate schools alike, decision 0101).
     */
    public OptionalInt fromLabel(String text) {
        OptionalInt hijri = solarHijri ? YearParser.solarHijriYear(text) : OptionalInt.empty();
        return hijri.isPresent() ? OptionalInt.of(YearParser.gregorianOfSolarHijri(hijri.getAsInt()))
                : censusYear(YearParser.span(text));
    }

    /**
     * The census year a file name states ({@code D01_SY2024-25.xlsx}, {@code D01-2025.xlsx}), or empty. Under
     * {@code "calendar": "solar-hijri"} its last solar hijri year ({@code census_1101-0042_1403.xlsx} → 2024) comes
     * first, as the template says the forms write their years so.
     */
    public OptionalInt fromFileName(String fileName) {
        OptionalInt hijri = solarHijri ? YearParser.solarHijriYearInFileName(fileName) : OptionalInt.empty();
        return hijri.isPresent() ? OptionalInt.of(YearParser.gregorianOfSolarHijri(hijri.getAsInt()))
                : censusYear(YearParser.spanInFileName(fileName));
    }

    /** True when the template's years are solar hijri ones ({@code year.calendar}). */
    public boolean solarHijri() {
        return solarHijri;
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
