package org.emisworkbench.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.emisworkbench.workbook.CellKind;

/**
 * Dates of birth as rosters hold them: real Excel dates (serial days), or text in day-first
 * ({@code 12/03/2016}, {@code 12-03-2016}, {@code 12.03.2016}) or ISO ({@code 2016-03-12}) form.
 * Day-first because the countries using these forms write dates that way.
 */
final class RosterDates {
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T].*)?");

    private RosterDates() {
    }

    /** The date a cell holds, or null when it cannot be read as one. */
    static LocalDate parse(CellKind kind, String text, double number) {
        if (kind == CellKind.DATE || kind == CellKind.NUMBER) {
            // Serial days; 1900-03-01 onwards is where Excel's 1900 calendar agrees with the real one.
            if (Double.isNaN(number) || number < 61 || number > 2_958_465) {
                return null;
            }
            return EXCEL_EPOCH.plusDays((long) Math.floor(number));
        }
        if (kind != CellKind.TEXT || text == null) {
            return null;
        }
        String t = text.strip();
        try {
            Matcher m = DAY_FIRST.matcher(t);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)));
            }
            m = ISO.matcher(t);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /** Completed years at the reference date, or -1 when born after it or implausibly long before. */
    static int age(LocalDate birth, LocalDate reference) {
        if (birth.isAfter(reference)) {
            return -1;
        }
        int years = Period.between(birth, reference).getYears();
        return years > 99 ? -1 : years;
    }
}
