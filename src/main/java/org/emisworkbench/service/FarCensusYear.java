package org.emisworkbench.service;

import java.time.Year;
import org.emisworkbench.model.Message;

/**
 * A census year read from a workbook's title or its file name that lies far from today: more than a year after the
 * current year, or before {@value #EARLIEST} (review 24, M3). Such a year is most often another calendar's
 * ({@code Flash1_2081_Kavre.xlsx}: 2081 in Nepal's Bikram Sambat is the school year 2024-25; 1403 in the Solar Hijri
 * calendar is 2024-25): an import without {@code --year} refuses the file, and {@code template check} says it.
 */
final class FarCensusYear {
    /** Earliest census year taken without being given. */
    static final int EARLIEST = 1990;
    /** Bikram Sambat runs 56 to 57 years ahead: its year 2081 begins in April 2024. */
    private static final int BIKRAM_SAMBAT = 57;
    /** Solar Hijri runs 621 years behind: its year 1403 begins in March 2024. */
    private static final int SOLAR_HIJRI = 621;

    private FarCensusYear() {
    }

    /**
     * The words refusing (key {@code import.yearFar}) or warning of ({@code check.yearFar}) a far year, or null when
     * the year is near enough.
     *
     * @param key      {@code import.yearFar} or {@code check.yearFar}
     * @param name     the file's name
     * @param year     the year read
     * @param fromName true when it was read from the file name, false from the workbook (a title or cell)
     */
    static Message of(String key, String name, int year, boolean fromName) {
        int now = Year.now().getValue();
        if (year >= EARLIEST && year <= now + 1) {
            return null;
        }
        int guess = year > now + 1 ? year - BIKRAM_SAMBAT : year + SOLAR_HIJRI;
        String suggested = guess >= EARLIEST && guess <= now + 1 ? String.valueOf(guess) : "YYYY";
        return Message.of(key, name, String.valueOf(year),
                Message.of(fromName ? "import.yearFar.fileName" : "import.yearFar.workbook"), String.valueOf(now),
                suggested);
    }
}
