package org.emisworkbench.template;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.emisworkbench.model.Digits;

/**
 * A calendar other than the Gregorian one that a template may say its forms write their bare years in ({@code
 * "year": {"calendar": ...}}): its name, the years taken to be its own and how far they run from the census year
 * (the Gregorian year the school year starts in). One line each, so that another calendar (Thai Buddhist, {@code
 * 2500}–{@code 2650}, −543) is one line and a word in the bundles. The Ethiopian calendar is not here: its years carry
 * their mark ({@code 2016 E.C.}) and are read without a setting ({@link YearParser}).
 */
public enum YearCalendar {
    /**
     * The solar hijri (Hijri-shamsi) calendar of Afghan and Iranian forms: the year {@code Y} starts on 1 Hamal (about
     * 21 March) of Gregorian {@code Y + 621}; both Afghan school years labelled {@code Y} start in that Gregorian year
     * (cold-climate schools in Hamal, warm-climate ones in autumn): decision 0101. Marks: {@code هـ ش}, {@code H.S.},
     * {@code SH}.
     */
    SOLAR_HIJRI("solar-hijri", "calendar.solarHijri", 1300, 1450, 621,
            "h\\.?\\s?s\\.?|s\\.?\\s?h\\.?|هـ?\\.?\\s?ش\\.?|ش"),
    /**
     * Nepal's Bikram Sambat: the year {@code Y} starts in Baisakh (mid-April) of Gregorian {@code Y - 57}, and so does
     * the academic session {@code शैक्षिक सत्र Y} (2081 is the school year 2024-25, census year 2024): decision 0108.
     * Marks: {@code B.S.}, {@code वि.सं.}, {@code साल}.
     */
    BIKRAM_SAMBAT("bikram-sambat", "calendar.bikramSambat", 2000, 2150, -57,
            "b\\.?\\s?s\\.?|वि\\.?\\s?सं\\.?|साल");

    /** The value of {@code year.calendar} for the Gregorian calendar, the default. */
    public static final String GREGORIAN = "gregorian";
    /**
     * How far after the current year a year must lie for a draft to take it for another calendar's: no Gregorian
     * census year is ever that far ahead, and Bikram Sambat years overlap Gregorian ones otherwise.
     */
    private static final int DRAFT_MARGIN = 10;
    /** A year in a file name: four digits not part of a longer number. */
    private static final Pattern IN_NAME = Pattern.compile("(?<![0-9])([0-9]{4})(?![0-9])");

    private final String id;
    private final String nameKey;
    private final int first;
    private final int last;
    private final int offset;
    private final Pattern value;

    YearCalendar(String id, String nameKey, int first, int last, int offset, String marks) {
        this.id = id;
        this.nameKey = nameKey;
        this.first = first;
        this.last = last;
        this.offset = offset;
        // 1403, 2081/82 (a session written as two years), 2081 B.S.; in a normalized value with ASCII digits.
        this.value = Pattern.compile("^(?:sy|ay|year)?\\s*([0-9]{4})(?:\\.0+)?(?:\\s*[-/–]\\s*([0-9]{2}|[0-9]{4}))?"
                + "\\s*(?:" + marks + ")?$");
    }

    /** Its name in templates ({@code solar-hijri}). */
    public String id() {
        return id;
    }

    /** The bundle key of its name in words ({@code solar hijri}). */
    public String nameKey() {
        return nameKey;
    }

    /** The census year of a year of this calendar: the Gregorian year its school year starts in (1403 → 2024). */
    public int censusYear(int year) {
        return year + offset;
    }

    /**
     * The year of this calendar a value writes ({@code 1403}, {@code ۱۴۰۳}, {@code 1403 هـ ش}, {@code २०८१}, {@code
     * 2081/82}), or empty: a year within its range. The mark is optional, so a bare year reads as one only where the
     * template says so, or to say what a year label holds.
     */
    public OptionalInt year(String text) {
        Matcher m = value.matcher(HeaderText.normalize(Digits.ascii(text == null ? "" : text)));
        if (!m.matches()) {
            return OptionalInt.empty();
        }
        int y = Integer.parseInt(m.group(1));
        String second = m.group(2);
        boolean nextYear = second == null || (second.length() == 2 ? Integer.parseInt(second) == (y + 1) % 100
                : Integer.parseInt(second) == y + 1);
        return nextYear && inRange(y) ? OptionalInt.of(y) : OptionalInt.empty();
    }

    /**
     * The last year of this calendar in a file name ({@code census_1101-0042_1403.xlsx} → 1403), or empty: read only
     * where the template says its years are in this calendar, as such a token may well be part of a code.
     */
    public OptionalInt yearInFileName(String fileName) {
        if (fileName == null) {
            return OptionalInt.empty();
        }
        Matcher m = IN_NAME.matcher(Digits.ascii(YearParser.stem(fileName)));
        OptionalInt found = OptionalInt.empty();
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (inRange(y)) {
                found = OptionalInt.of(y);
            }
        }
        return found;
    }

    private boolean inRange(int year) {
        return year >= first && year <= last;
    }

    /** The calendar a template's {@code year.calendar} names (any case, spaces around), or empty for Gregorian. */
    public static Optional<YearCalendar> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (YearCalendar c : values()) {
            if (c.id.equalsIgnoreCase(name.strip())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The values of {@code year.calendar}: {@value #GREGORIAN} and each calendar's name. */
    public static Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        names.add(GREGORIAN);
        for (YearCalendar c : values()) {
            names.add(c.id);
        }
        return Set.copyOf(names);
    }

    /**
     * The calendar a draft proposes for the value beside a year label, or empty: one whose year it writes and that
     * no Gregorian census year can be (1403; 2081, more than {@value #DRAFT_MARGIN} years after the current year).
     */
    public static Optional<YearCalendar> proposedFor(String text, int currentYear) {
        OptionalInt gregorian = YearParser.parse(text);
        if (gregorian.isPresent() && gregorian.getAsInt() <= currentYear + DRAFT_MARGIN) {
            return Optional.empty();
        }
        for (YearCalendar c : values()) {
            if (c.year(text).isPresent()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The calendar whose year {@code year} is and whose census year lies from {@code earliest} to {@code latest}, or
     * empty: what a year far from today most likely is ({@code 2081} → Bikram Sambat 2024).
     */
    public static Optional<YearCalendar> plausibleFor(int year, int earliest, int latest) {
        for (YearCalendar c : values()) {
            int census = c.censusYear(year);
            if (c.inRange(year) && census >= earliest && census <= latest) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
