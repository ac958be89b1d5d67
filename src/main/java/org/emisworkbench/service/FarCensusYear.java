package org.emisworkbench.service;

import java.time.Year;
import org.emisworkbench.model.Message;
import org.emisworkbench.template.YearCalendar;

/**
 * A census year read from a workbook's title or its file name that lies far from today: more than a year after the
 * current year, or before {@value #EARLIEST} (review 24, M3). Such a year is most often another calendar's
 * ({@code Flash1_2081_Kavre.xlsx}: 2081 in Nepal's Bikram Sambat is the school year 2024-25; 1403 in the Solar Hijri
 * calendar is 2024-25): an import without {@code --year} refuses the file, and {@code template check} says it.
 */
final class FarCensusYear {
    /** Earliest census year taken without being given. */
    static final int EARLIEST = 1990;

    private FarCensusYear() {
    }

    /**
     * The words refusing (key {@code import.yearFar}) or warning of ({@code check.yearFar}) a far year, or null when
     * the year is near enough.
     *
     * @param key      {@code import.yearFar} or {@code check.yearFar}
     * @param name     the file's name
     * @param year     the year read
     * @param where    where it was read ({@link YearNotes#whereRead}): the year label's cell, the file name…
     */
    static Message of(String key, String name, int year, Message where) {
        int now = Year.now().getValue();
        if (year >= EARLIEST && year <= now + 1) {
            return null;
        }
        // The census year of the calendar the year is most likely written in (2081 Bikram Sambat, 1403 solar hijri).
        String suggested = YearCalendar.plausibleFor(year, EARLIEST, now + 1)
                .map(c -> String.valueOf(c.censusYear(year))).orElse("YYYY");
        return Message.of(key, name, String.valueOf(year),
                where, String.valueOf(now),
                suggested);
    }
}
