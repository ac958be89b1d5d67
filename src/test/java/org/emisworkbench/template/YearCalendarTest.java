package org.emisworkbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The calendars of {@code year.calendar} (decisions 0101, 0108): their years, offsets and names. */
class YearCalendarTest {
    @Test
    void eachCalendarReadsItsOwnYearsInAnyDigitsWithOrWithoutItsMark() {
        YearCalendar bs = YearCalendar.BIKRAM_SAMBAT;
        assertEquals(OptionalInt.of(2081), bs.year("२०८१"));
        assertEquals(OptionalInt.of(2081), bs.year("2081 B.S."));
        assertEquals(OptionalInt.of(2081), bs.year("२०८१ वि.सं."));
        assertEquals(OptionalInt.of(2080), bs.year("२०८०/८१"));
        assertEquals(OptionalInt.empty(), bs.year("2080/83"));
        assertEquals(OptionalInt.empty(), bs.year("1403"));
        assertEquals(OptionalInt.empty(), bs.year("2151"));
        assertEquals(2024, bs.censusYear(2081));

        YearCalendar sh = YearCalendar.SOLAR_HIJRI;
        assertEquals(OptionalInt.of(1403), sh.year("۱۴۰۳"));
        assertEquals(OptionalInt.of(1403), sh.year("1403 هـ ش"));
        assertEquals(OptionalInt.empty(), sh.year("2081"));
        assertEquals(2024, sh.censusYear(1403));
        assertEquals(OptionalInt.of(1403), sh.yearInFileName("census_1101-0042_1403.xlsx"));
        assertEquals(OptionalInt.of(2081), bs.yearInFileName("Flash1_2081_Kavre.xlsx"));
    }

    @Test
    void namesDraftsAndFarYearsUseTheSameCalendars() {
        assertEquals(Set.of("gregorian", "solar-hijri", "bikram-sambat"), YearCalendar.names());
        assertEquals(Optional.of(YearCalendar.BIKRAM_SAMBAT), YearCalendar.named(" Bikram-Sambat "));
        assertEquals(Optional.empty(), YearCalendar.named("gregorian"));

        assertEquals(Optional.of(YearCalendar.BIKRAM_SAMBAT), YearCalendar.proposedFor("२०८१", 2026));
        assertEquals(Optional.of(YearCalendar.SOLAR_HIJRI), YearCalendar.proposedFor("۱۴۰۳", 2026));
        // 2036 may be a Gregorian year ten years ahead: never taken for a Bikram Sambat one.
        assertEquals(Optional.empty(), YearCalendar.proposedFor("2036", 2026));
        assertEquals(Optional.of(YearCalendar.BIKRAM_SAMBAT), YearCalendar.proposedFor("2037", 2026));
        assertEquals(Optional.empty(), YearCalendar.proposedFor("2024", 2026));

        assertEquals(Optional.of(YearCalendar.BIKRAM_SAMBAT), YearCalendar.plausibleFor(2081, 1990, 2027));
        assertEquals(Optional.of(YearCalendar.SOLAR_HIJRI), YearCalendar.plausibleFor(1403, 1990, 2027));
        assertEquals(Optional.empty(), YearCalendar.plausibleFor(2300, 1990, 2027));
    }
}
