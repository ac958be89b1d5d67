package org.emisworkbench.template;

import java.util.List;

/**
 * Where a workbook states its census year: a labelled cell (grid forms, banners), a column of its rows (an
 * export's {@code period}) and/or the file name, and which calendar year a school-year label names.
 *
 * @param labels       labels of the cell holding the year
 * @param fromFileName true when the file name may give the year
 * @param schoolYear   which calendar year a two-year label ({@code 2024-2025}, {@code SY2024-25}) means as
 *                     census year: {@code start} (2024, the default) or {@code end} (2025)
 * @param columns      headers of a column giving each row's year ({@code period}); every row must give the same
 *                     one ({@link YearColumn})
 * @param calendar     the calendar a bare year of the labelled cell or the file name is written in: null or
 *                     {@code gregorian} (the default), or a {@link YearCalendar}'s name: {@code solar-hijri}
 *                     ({@code 1403} is census year 2024, decision 0101), {@code bikram-sambat} ({@code 2081} is
 *                     census year 2024, decision 0108); {@link SchoolYears}. An Ethiopian year says its calendar
 *                     itself ({@code 2016 E.C.}) and needs no setting.
 */
public record YearSpec(List<String> labels, boolean fromFileName, String schoolYear, List<String> columns,
                       String calendar) {
    /** The values of {@code year.calendar}. */
    public static final java.util.Set<String> CALENDARS = YearCalendar.names();

    public YearSpec {
        labels = labels == null ? List.of() : List.copyOf(labels);
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    /** A year spec in the Gregorian calendar. */
    public YearSpec(List<String> labels, boolean fromFileName, String schoolYear, List<String> columns) {
        this(labels, fromFileName, schoolYear, columns, null);
    }

    /** A year spec without a year column. */
    public YearSpec(List<String> labels, boolean fromFileName, String schoolYear) {
        this(labels, fromFileName, schoolYear, null);
    }

    /** A year spec whose school-year labels mean their first calendar year. */
    public YearSpec(List<String> labels, boolean fromFileName) {
        this(labels, fromFileName, null, null, null);
    }
}
