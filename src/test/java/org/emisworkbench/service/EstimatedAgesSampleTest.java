package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.emisworkbench.model.AreaSelector;
import org.emisworkbench.model.IndicatorSettings;
import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.report.DistrictSummary;
import org.emisworkbench.report.KeyIndicatorTable;
import org.emisworkbench.model.ReportOptions;
import org.emisworkbench.report.ReportText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 on the sample country: many schools report no ages, so the country's NER used to print
 * understated without a mark. Now it is an estimate carrying its share estimated, and the district
 * summary marks it with a footnote in English and French.
 */
class EstimatedAgesSampleTest {
    @TempDir
    Path dir;

    private static IndicatorValue get(List<IndicatorValue> values, String id) {
        return values.stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theCountrysNerIsAnEstimateMarkedInTheSummary() throws Exception {
        try (Workbench wb = SampleCountryFixture.copy(dir.resolve("sample"))) {
            List<IndicatorValue> country = new IndicatorService(wb).compute(2025, AreaSelector.country(), "primary");
            IndicatorValue ner = get(country, "ner");
            assertTrue(ner.available(), ner.reason());
            assertTrue(ner.imputedShare() > 0 && ner.imputedShare() < 0.5, "share estimated " + ner.imputedShare());
            assertTrue(ner.note().contains("% of this figure is estimated"), ner.note());
            // The part counted straight from the returns is the 48.5 % the summary used to print unmarked
            // (issue 14); D01 and D02 give no ages, so the estimate adds about 36 points.
            assertEquals(48.5, ner.value() * (1 - ner.imputedShare()), 0.05);
            assertTrue(ner.value() > 80, "estimated " + ner.value());
            IndicatorValue d01 = get(new IndicatorService(wb).compute(2025, AreaSelector.district("D01"), "primary"),
                    "ner");
            assertEquals("no school in D01 reports enrolment by age", d01.reason());
            // NER never exceeds GER: the estimate adds only pupils who are enrolled.
            assertTrue(ner.value() <= get(country, "ger").value(), ner.value() + " vs GER");

            ReportService reports = new ReportService(wb);
            DistrictSummary en = reports.summary(2025, "D03", null, Locale.ENGLISH);
            List<String> notes = KeyIndicatorTable.footnotes(en, new ReportText(Locale.ENGLISH));
            assertFalse(notes.isEmpty());
            List<String> nerRow = KeyIndicatorTable.rows(en, new ReportText(Locale.ENGLISH)).stream()
                    .filter(r -> r.get(0).equals("Net enrolment ratio")).findFirst().orElseThrow();
            String countryCell = nerRow.get(5);
            assertTrue(countryCell.matches(".* \\[\\d+]"), countryCell);
            int n = Integer.parseInt(countryCell.replaceAll(".*\\[(\\d+)]", "$1"));
            assertTrue(notes.get(n - 1).startsWith("Net enrolment ratio, Country: "), notes.get(n - 1));

            Path xlsx = dir.resolve("d03.xlsx");
            reports.export(2025, "D03", null, ReportOptions.defaults(), xlsx);
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(xlsx);
                 org.apache.poi.ss.usermodel.Workbook book = org.apache.poi.ss.usermodel.WorkbookFactory.create(in)) {
                boolean found = false;
                for (var row : book.getSheet("Key indicators")) {
                    if (row.getCell(1) != null && "ner".equals(row.getCell(1).getStringCellValue())) {
                        // D03's own schools all give ages; a few pupils are of unknown age.
                        assertTrue(row.getCell(7).getStringCellValue().contains("% of this figure is estimated"),
                                row.getCell(7).getStringCellValue());
                        found = true;
                    }
                }
                assertTrue(found);
            }

            // A ministry that wants 90 % of ages known publishes no country NER this year, and says why.
            DistrictSummary strict = new ReportService(wb, new IndicatorSettings(0.9)).summary(2025, "D03", null,
                    Locale.ENGLISH);
            assertFalse(strict.country().get("ner").available());
            assertTrue(strict.country().get("ner").reason().contains("below the 90 % needed"),
                    strict.country().get("ner").reason());

            Path pdf = dir.resolve("d03-fr.pdf");
            reports.district(2025, "D03", null, ReportOptions.defaults().withLocale(Locale.FRENCH), pdf);
            String text = ReportServiceTest.text(pdf);
            assertTrue(text.contains("de ce chiffre est estimé"), "the French footnote is printed");
        }
    }
}
