package org.emisworkbench.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.emisworkbench.workbook.CellKind;

/**
 * Dates of birth as rosters hold them: real Excel dates (serial days), or text in day-first
 * ({@code 12/03/2016}, {@code 12-03-2016}, {@code 12.03.2016}), ISO ({@code 2016-03-12}) form, or with the
 * month as a word in English, French or Portuguese ({@code 12-Mar-2016}, {@code 12 mars 2016}).
 * Day-first because the countries using these forms write dates that way.
 */
final class RosterDates {
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T].*)?");
    /** {@code 12-Mar-2015}, {@code 12 mars 2015}, {@code 12/set/2015}: the month written as a word. */
    private static final Pattern MONTH_WORD = Pattern.compile("(\\d{1,2})[ /.\\-]+(\\p{L}{3,})\\.?[ /.\\-]+(\\d{4})");
    /**
     * How the months' names begin in English, French and Portuguese, folded (no accents), in month order;
     * no beginning is the beginning of another month's ("juin" and "juil" are both written out).
     */
    private static final String[][] MONTHS = {{"jan"}, {"feb", "fev"}, {"mar"}, {"apr", "avr", "abr"},
        {"may", "mai"}, {"jun", "juin"}, {"jul", "juil"}, {"aug", "aou", "ago"}, {"sep", "set"}, {"oct", "out"},
        {"nov"}, {"dec", "dez"}};

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
            m = MONTH_WORD.matcher(t);
            int month = m.matches() ? month(m.group(2)) : 0;
            if (month > 0) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /** The month (1 to 12) a word names, or 0. */
    private static int month(String word) {
        String w = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            for (String start : MONTHS[i]) {
                if (w.startsWith(start)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    /**
     * The year of birth a cell gives alone ({@code 1985}, as a number not styled as a date or as text), or 0.
     * An unstyled whole number from 1900 on is a year, not Excel's serial day of 1905: nobody on a roster was
     * born in 1905, and a real date cell carries a date style.
     */
    static int yearAlone(CellKind kind, String text, double number) {
        if (kind == CellKind.NUMBER && number == Math.rint(number) && number >= 1900 && number <= 9999) {
            return (int) number;
        }
        if (kind == CellKind.TEXT && text != null && text.strip().matches("(19|20)\\d\\d")) {
            return Integer.parseInt(text.strip());
        }
        return 0;
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
