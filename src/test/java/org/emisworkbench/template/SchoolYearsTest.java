package org.emisworkbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The school-year arithmetic, with the table of docs/templates.md section 10. */
class SchoolYearsTest {
    @Test
    void aTwoYearLabelMeansItsStartOrItsEndAsCensusYear() {
        SchoolYears start = SchoolYears.of(null, null, null);
        SchoolYears end = SchoolYears.of("end", null, null);
        for (String label : new String[] {"SY2024-25", "2024-2025", "2024/25", "2024 – 25"}) {
            assertEquals(2024, start.fromLabel(label).getAsInt(), label);
            assertEquals(2025, end.fromLabel(label).getAsInt(), label);
        }
        assertEquals(2025, start.fromLabel("2025").getAsInt(), "a single year is the census year");
        assertEquals(2025, end.fromLabel("2025").getAsInt(), "a single year is the census year");
        assertEquals(2024, end.fromLabel("2024-26").getAsInt(), "not a school year (not consecutive): first year");
        assertTrue(end.fromLabel("next year").isEmpty());
    }

    @Test
    void dhis2FinancialYearPeriodsAreSchoolYearsAndOtherPeriodsAreNoYear() {
        SchoolYears start = SchoolYears.of(null, null, null);
        SchoolYears end = SchoolYears.of("end", null, null);
        for (String period : new String[] {"2024April", "2024July", "2024Sep", "2024Oct", "2024Nov", "2024july"}) {
            assertEquals(2024, start.fromLabel(period).getAsInt(), period);
            assertEquals(2025, end.fromLabel(period).getAsInt(), period + ": a school year ending in 2025");
        }
        // A quarter, a month, a half year or a week is part of a year, not a census year.
        for (String period : new String[] {"2024Q1", "202403", "2024S1", "2024AprilS1", "2024W10", "2024Dec"}) {
            assertTrue(start.fromLabel(period).isEmpty(), period);
        }
    }

    @Test
    void anEthiopianCalendarYearIsItsGregorianSchoolYear() {
        // 2016 E.C. runs from Meskerem 1 (11 September 2023) into 2024: the school year 2023-24 (review 27, F8).
        SchoolYears start = SchoolYears.of(null, null, null);
        SchoolYears end = SchoolYears.of("end", null, null);
        for (String label : new String[] {"2016 E.C.", "2016 EC", "2016E.C", "2016 e.c.", "2016 ዓ.ም", "2016 ዓ.ም."}) {
            assertEquals(2023, start.fromLabel(label).getAsInt(), label);
            assertEquals(2024, end.fromLabel(label).getAsInt(), label);
            assertEquals(2016, YearParser.ethiopianYear(label).getAsInt(), label);
        }
        assertEquals(2023, start.fromFileName("oromia-2016EC.xlsx").getAsInt());
        assertEquals(2022, start.fromFileName("Woreda_2015_E.C.xlsx").getAsInt());
        assertEquals(2015, YearParser.ethiopianYearInFileName("Woreda_2015_E.C.xlsx").getAsInt());
        // A year whose Gregorian school year has not begun is no Ethiopian year: 2024 EC would be 2031.
        assertTrue(start.fromLabel("2024 EC").isEmpty());
        assertEquals(2024, start.fromFileName("Census2024_EC.xlsx").getAsInt());
        assertTrue(YearParser.ethiopianYearInFileName("Census2024_EC.xlsx").isEmpty());
        // "EC" starting a word is no calendar mark: ECE (early childhood education) after the year.
        assertEquals(2016, start.fromFileName("D01-2016-ECE.xlsx").getAsInt());
        assertEquals(2024, start.fromLabel("2024").getAsInt(), "a plain year is as it was");
    }

    @Test
    void fileNamesFollowTheSameSetting() {
        SchoolYears start = SchoolYears.of("start", null, null);
        SchoolYears end = SchoolYears.of("end", null, null);
        assertEquals(2024, start.fromFileName("Register_SY2024-25.xlsx").getAsInt());
        assertEquals(2025, end.fromFileName("Register_SY2024-25.xlsx").getAsInt());
        assertEquals(2025, end.fromFileName("D01 2024_2025.xlsx").getAsInt());
        assertEquals(2024, end.fromFileName("D01-2024.xlsx").getAsInt(), "one year: itself");
        assertEquals(2024, end.fromFileName("D01-2024-03-31.xlsx").getAsInt(), "a date is not a school year");
        assertTrue(end.fromFileName("SCH01007.xlsx").isEmpty());
    }

    @Test
    void referenceDateFallsInTheCensusYearOrInTheStartOrEndOfTheSchoolYear() {
        // Rows of the table in the docs: schoolYear, referenceDateYear, label → census year, reference date.
        Object[][] rows = {
            {null, null, "SY2024-25", 2024, LocalDate.of(2024, 3, 31)},
            {null, "end", "SY2024-25", 2024, LocalDate.of(2025, 3, 31)},
            {null, "start", "SY2024-25", 2024, LocalDate.of(2024, 3, 31)},
            {"end", null, "SY2024-25", 2025, LocalDate.of(2025, 3, 31)},
            {"end", "start", "SY2024-25", 2025, LocalDate.of(2024, 3, 31)},
            {"end", "end", "SY2024-25", 2025, LocalDate.of(2025, 3, 31)},
            {"end", "end", "2025", 2025, LocalDate.of(2025, 3, 31)},
        };
        for (Object[] r : rows) {
            SchoolYears y = SchoolYears.of((String) r[0], (String) r[1], "--03-31");
            int census = y.fromLabel((String) r[2]).getAsInt();
            assertEquals(r[3], census, () -> java.util.Arrays.toString(r));
            assertEquals(r[4], y.referenceDate(census), () -> java.util.Arrays.toString(r));
        }
        assertEquals(2023, SchoolYears.of("end", null, null).schoolYearStart(2024));
        assertEquals(LocalDate.of(2024, 3, 1), SchoolYears.of(null, null, null).referenceDate(2024),
                "default: 1 March of the census year, as before");
    }

    /**
     * Review 30 B3: a solar hijri year ({@code 1403}, {@code ۱۴۰۳}, {@code 1403 هـ ش}) is census year 1403 + 621 under
     * {@code "calendar": "solar-hijri"}, whatever {@code schoolYear} says (decision 0101); with no calendar it is no
     * year at all, never the Gregorian 1403.
     */
    @Test
    void aSolarHijriYearIsReadOnlyWhereTheTemplateSaysItsCalendar() throws Exception {
        String json = """
                {"id": "af", "version": 1, "layout": "wide", "year": {"labels": ["Academic year"]%s},
                 "sheets": [{"names": ["S"], "key": ["Code"],
                   "columns": [{"headers": ["G1 M"], "field": "enrolment", "grade": "G1", "sex": "M"}]}]}
                """;
        SchoolYears hijri = SchoolYears.of(TemplateLoader.parse(json.formatted(", \"calendar\": \"solar-hijri\""),
                "af.json", null));
        SchoolYears hijriEnd = SchoolYears.of(TemplateLoader.parse(json.formatted(
                ", \"calendar\": \"Solar-Hijri\", \"schoolYear\": \"end\""), "af.json", null));
        SchoolYears plain = SchoolYears.of(TemplateLoader.parse(json.formatted(""), "af.json", null));
        for (String written : new String[] {"1403", "۱۴۰۳", "1403.0", "1403 هـ ش",
                "1403 ه.ش", "1403 SH", "1403 H.S."}) {
            assertEquals(1403 + 621, hijri.fromLabel(written).getAsInt(), written);
            assertEquals(1403 + 621, hijriEnd.fromLabel(written).getAsInt(), written + ": one school year start");
            assertTrue(plain.fromLabel(written).isEmpty(), written + ": no calendar, no census year");
        }
        assertEquals(1300 + 621, hijri.fromLabel("1300").getAsInt());
        assertEquals(1450 + 621, hijri.fromLabel("1450").getAsInt());
        for (String no : new String[] {"1299", "1451", "403", "14030", "next year"}) {
            assertTrue(hijri.fromLabel(no).isEmpty(), no);
        }
        // A Gregorian year still reads as one in a solar hijri template (a form filled in otherwise).
        assertEquals(2024, hijri.fromLabel("2024").getAsInt());
        assertEquals(1402 + 621, hijri.fromFileName("census_1101-0042_1402.xlsx").getAsInt());
        assertEquals(1402 + 621, hijri.fromFileName("census_1101-0042_۱۴۰۲.xlsx").getAsInt());
        assertTrue(plain.fromFileName("census_1101-0042_1402.xlsx").isEmpty(), "no calendar: no year in the name");
        assertEquals(2024, hijri.fromFileName("census_1101-0042_2024.xlsx").getAsInt());
    }

    @Test
    void anUnknownCalendarIsRefusedAtLoad() {
        TemplateException e = org.junit.jupiter.api.Assertions.assertThrows(TemplateException.class,
                () -> TemplateLoader.parse("""
                        {"id": "af", "version": 1, "layout": "wide", "year": {"labels": ["Year"], "calendar": "lunar"},
                         "sheets": [{"names": ["S"], "key": ["Code"],
                           "columns": [{"headers": ["G1 M"], "field": "enrolment", "grade": "G1", "sex": "M"}]}]}
                        """, "af.json", null));
        assertTrue(e.getMessage().contains("$.year.calendar") && e.getMessage().contains("solar-hijri"),
                e.getMessage());
    }
}
