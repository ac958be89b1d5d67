package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.emisworkbench.model.AreaSelector;
import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.ReportOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The national summary (issue 19): the country's key indicators, the districts shaded on a map, a row per
 * district; no figure without its note when it is partial or not available.
 */
class NationalReportTest {
    @TempDir
    Path dir;

    @Test
    void theNationalSummaryHasTheCountryTheMapAndEveryDistrict() throws Exception {
        try (Workbench wb = SampleCountryFixture.copy(dir.resolve("w.mv.db"))) {
            Path pdf = wb.reports().national(2025, null, ReportOptions.defaults(), dir.resolve("national.pdf"), false);
            String text = ReportServiceTest.text(pdf);
            assertTrue(text.contains("National summary"), text);
            assertTrue(text.contains("Gross enrolment ratio by district, 2025"), "the map page: " + text);
            // Every district of the year has its row, named as the area list names it.
            for (String d : List.of("D01 Akuna", "D02 Bessa", "D03 Coral Bay", "D04 Doma", "D05 Ewe Hills")) {
                assertTrue(text.contains(d), d + " in " + text);
            }
            // The country's gross enrolment ratio as the indicators give it, to one decimal.
            IndicatorValue ger = wb.indicators().compute(2025, AreaSelector.country(), "primary").stream()
                    .filter(v -> v.id().equals("ger")).findFirst().orElseThrow();
            assertTrue(Pattern.compile("Gross enrolment ratio\\s*" + Pattern.quote(String.format(Locale.ROOT, "%.1f%%",
                    ger.value()))).matcher(text).find(),
                    "country GER " + ger.value() + " in " + text);
            // D01's schools report no ages: its NER is n/a, with the reason in a numbered note.
            // Its enrolment and GER may carry a note of their own (a school leaving one sex missing in a grade, or an
            // enrolment cell that could not be read: partial).
            Matcher row = Pattern.compile("D01 Akuna\\s*84 / 84\\s*[\\d,]+(?:\\s*\\[\\d+\\])?\\s*[\\d.]+%"
                    + "(?:\\s*\\[\\d+\\])?\\s*n/a \\[(\\d+)\\]")
                    .matcher(text);
            assertTrue(row.find(), "D01's row with NER n/a and a note: " + text);
            assertTrue(text.contains("[" + row.group(1) + "] Net enrolment ratio, D01 Akuna: no school in D01 reports"
                    + " enrolment by age"), text);
            // The country's NER is estimated in part: marked, and its note says how much.
            assertTrue(Pattern.compile("Net enrolment ratio\\s*[\\d.]+% \\[\\d+\\]").matcher(text).find(), text);
            ServiceException again = assertThrows(ServiceException.class, () -> wb.reports().national(2025, null,
                    ReportOptions.defaults(), pdf, false));
            assertTrue(again.getMessage().contains("already exists"), again.getMessage());
        }
    }

    @Test
    void withoutBoundariesThereIsNoMapPage() throws Exception {
        try (Workbench wb = Workbench.open(dir.resolve("wide.mv.db"))) {
            new ImportService(wb, TemplateCatalog.load(null)).importFiles(new ImportRequest(
                    List.of(Path.of("sample-workbooks/2025/wide")), null, null),
                    org.emisworkbench.model.Progress.NONE, org.emisworkbench.model.Cancellation.none());
            Path pdf = wb.reports().national(2025, null, ReportOptions.defaults().withLocale(Locale.FRENCH),
                    dir.resolve("nationale.pdf"), false);
            String text = ReportServiceTest.text(pdf);
            assertTrue(Files.size(pdf) > 1000);
            assertTrue(text.contains("Synthèse nationale"), text);
            assertFalse(text.contains("par district, 2025"), "no map without boundaries: " + text);
            assertTrue(text.contains("AKUNA") || text.contains("Akuna"), text);
        }
    }
}
