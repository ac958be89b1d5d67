package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Grade;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.ReportOptions;
import org.emisworkbench.model.explore.Dimension;
import org.emisworkbench.model.explore.Exploration;
import org.emisworkbench.model.explore.Measure;
import org.emisworkbench.model.explore.Pivot;
import org.emisworkbench.report.DistrictSummary;
import org.emisworkbench.report.SchoolChange;
import org.emisworkbench.store.CensusLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, exercise 9 of the trainer guide: Doma's primary enrolment fell by 1,825 from 2024 to 2025, and
 * the district summary names the schools behind it. Each school's change is recomputed here another way
 * (an Explore table of primary pupils by school and year, summed in the test), and the page is read back
 * from the PDF in English and French.
 */
class SchoolChangesSampleTest {
    @TempDir
    Path dir;

    @Test
    void theSummaryNamesTheSchoolsBehindDomasFall() throws Exception {
        try (Workbench wb = SampleCountryFixture.copy(dir.resolve("sample"))) {
            DistrictSummary s = new ReportService(wb).summary(2025, "D04", "primary", Locale.ENGLISH);
            List<SchoolChange> changes = s.changes();
            assertEquals(10, changes.size(), changes::toString);

            Map<String, Map<Integer, Long>> pupils = primaryPupilsBySchoolAndYear(wb);
            Map<String, Integer> expected = new HashMap<>();
            pupils.forEach((code, byYear) -> expected.put(code,
                    (int) (byYear.getOrDefault(2025, 0L) - byYear.getOrDefault(2024, 0L))));
            List<Integer> largest = expected.values().stream().filter(c -> c != 0)
                    .sorted((a, b) -> Integer.compare(Math.abs(b), Math.abs(a))).limit(10).toList();
            for (SchoolChange c : changes) {
                assertEquals(expected.get(c.code()), c.change(), c.code());
            }
            assertEquals(largest.stream().map(Math::abs).toList(),
                    changes.stream().map(c -> Math.abs(c.change())).toList(), "the ten largest changes, largest first");
            // The exercise's four schools, the missing return among them.
            for (String code : List.of("SCH04077", "SCH04016", "SCH04055", "SCH04001")) {
                assertTrue(changes.stream().anyMatch(c -> c.code().equals(code)), code + " in " + changes);
            }
            SchoolChange missing = changes.stream().filter(c -> c.code().equals("SCH04016")).findFirst().orElseThrow();
            assertTrue(missing.returnedBefore() && !missing.returnedNow(), missing.toString());

            for (Locale lang : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                Path pdf = new ReportService(wb).district(2025, "D04", "primary", ReportOptions.defaults().withLocale(lang),
                        dir.resolve("d04-" + lang + ".pdf"));
                String text = text(pdf);
                String heading = lang == Locale.ENGLISH ? "The schools behind the change in primary pupils, 2024 to 2025"
                        : "Les écoles derrière l’évolution des élèves du primaire, de 2024 à 2025";
                int at = text.indexOf(heading);
                assertTrue(at >= 0, heading + " in the " + lang + " summary");
                String page = text.substring(at);
                assertTrue(page.contains(lang == Locale.ENGLISH ? "no return in 2025" : "pas de questionnaire en 2025"),
                        page.substring(0, Math.min(2000, page.length())));
                for (SchoolChange c : changes) {
                    assertTrue(page.contains(c.code()), c.code());
                }
                assertFalse(page.substring(0, 200).contains("!"), "no missing text key: " + page.substring(0, 200));
            }
        }
    }

    /** Primary pupils of each D04 school in 2024 and 2025, from an Explore table (another reading than the summary's). */
    private static Map<String, Map<Integer, Long>> primaryPupilsBySchoolAndYear(Workbench wb) {
        List<String> primary = wb.store(ws -> new CensusLoader(ws).grades()).gradesOf("primary").stream()
                .map(Grade::code).toList();
        Map<Dimension, Set<String>> filters = new EnumMap<>(Dimension.class);
        filters.put(Dimension.DISTRICT, Set.of("D04"));
        filters.put(Dimension.YEAR, Set.of("2024", "2025"));
        filters.put(Dimension.GRADE, Set.copyOf(primary));
        Pivot p = wb.explore().run(new Exploration(null, Measure.byId("enrolment").orElseThrow(),
                List.of(Dimension.SCHOOL), List.of(Dimension.YEAR), filters), Progress.NONE, Cancellation.none());
        Map<String, Map<Integer, Long>> out = new HashMap<>();
        for (int r = 0; r < p.rowKeys().size(); r++) {
            for (int c = 0; c < p.columnKeys().size(); c++) {
                var cell = p.cell(r, c);
                if (cell != null && cell.reported() > 0) {
                    out.computeIfAbsent(p.rowKeys().get(r).get(0), k -> new HashMap<>())
                            .put(Integer.parseInt(p.columnKeys().get(c).get(0)), cell.numerator());
                }
            }
        }
        assertFalse(out.isEmpty());
        return out;
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("[ \\t]*\\n[ \\t]*", " ");
        }
    }
}
