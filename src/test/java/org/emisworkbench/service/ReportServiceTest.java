package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.emisworkbench.model.AreaSelector;
import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.CancelledException;
import org.emisworkbench.model.Progress;
import org.emisworkbench.report.DistrictSummary;
import org.emisworkbench.report.EquityTable;
import org.emisworkbench.report.KeyIndicatorTable;
import org.emisworkbench.model.Paper;
import org.emisworkbench.model.ReportOptions;
import org.emisworkbench.report.ReportText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** District summaries written from a stored workspace, read back as text, fonts and cells. */
class ReportServiceTest {
    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void fill() throws Exception {
        db = ReportFixture.create(dir);
    }

    static String text(Path pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf.toString());
        try {
            PdfTextExtractor ex = new PdfTextExtractor(reader);
            StringBuilder sb = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                sb.append(ex.getTextFromPage(p)).append('\n');
            }
            return sb.toString();
        } finally {
            reader.close();
        }
    }

    @Test
    void theDistrictSummaryShowsDistrictYearKeyFiguresAndPageNumbers() throws Exception {
        Path pdf = dir.resolve("d01.pdf");
        double ptr;
        try (Workbench wb = Workbench.open(db)) {
            ptr = new IndicatorService(wb).compute(2024, AreaSelector.district("D01"), "primary").stream()
                    .filter(v -> v.id().equals("pupil_teacher_ratio")).findFirst().map(IndicatorValue::value)
                    .orElseThrow();
            new ReportService(wb).district(2024, "D01", null, ReportOptions.defaults(), pdf);
        }
        assertEquals(30.0, ptr, 1e-9);
        String text = text(pdf);
        assertTrue(text.contains("District summary"), text);
        assertTrue(text.contains("D01 Akuna"));
        assertTrue(text.contains("2024"));
        // Cells come out of the PDF without the spaces between them.
        // S2 gives its women teachers only: the ratio is marked with its note (decision 0077).
        assertTrue(squash(text).matches("(?s).*Pupil-teacherratio30\\.0(\\[\\d+\\]|\\d+)?29\\.2\\+0\\.8.*"),
                "PTR as the key table prints it");
        assertTrue(text.contains("Key indicators"));
        assertTrue(text.contains("Source: 2024 school census, D01 Akuna"));
        assertTrue(text.contains("Page 1 of"), "page numbers in the footer");
        assertTrue(text.contains("Annex: data quality"));
        assertTrue(text.contains("OUT-01"), "the outlier finding of S1 in the annex");
        assertTrue(text.contains("2 of 3 schools expected"), "completeness on the cover");
        assertTrue(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).contains("/Form"),
                "charts are vector forms, not pictures");
        assertFontsEmbedded(pdf);
    }

    static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    static void assertFontsEmbedded(Path pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf.toString());
        int descriptors = 0;
        try {
            for (int i = 1; i < reader.getXrefSize(); i++) {
                PdfObject o = reader.getPdfObject(i);
                if (o instanceof PdfDictionary d && PdfName.FONTDESCRIPTOR.equals(d.get(PdfName.TYPE))) {
                    descriptors++;
                    assertTrue(d.contains(PdfName.FONTFILE2) || d.contains(PdfName.FONTFILE)
                            || d.contains(PdfName.FONTFILE3), "font not embedded: " + d);
                }
                if (o instanceof PdfDictionary d && PdfName.FONT.equals(d.get(PdfName.TYPE))
                        && PdfName.TYPE1.equals(d.get(PdfName.SUBTYPE))) {
                    throw new AssertionError("a standard Type 1 font (not embedded) is used: " + d);
                }
            }
        } finally {
            reader.close();
        }
        assertTrue(descriptors > 0);
    }

    @Test
    void theFrenchSummaryOnLetterPaperHasFrenchHeadings() throws Exception {
        Path pdf = dir.resolve("d01-fr.pdf");
        try (Workbench wb = Workbench.open(db)) {
            new ReportService(wb).district(2024, "d01", "primary",
                    ReportOptions.defaults().withLocale(Locale.FRENCH).withPaper(Paper.LETTER), pdf);
        }
        String text = text(pdf);
        assertTrue(text.contains("Synthèse du district"), text);
        assertTrue(text.contains("Indicateurs clés"));
        assertTrue(squash(text).contains("Ratioélèves/enseignant30,0"));
        assertTrue(text.contains("Page 1 sur"));
        PdfReader reader = new PdfReader(pdf.toString());
        assertEquals(612f, reader.getPageSize(1).getWidth(), 0.5f);
        reader.close();
    }

    @Test
    void everyDistrictGetsItsOwnFileWithProgress() throws Exception {
        List<Long> steps = new java.util.ArrayList<>();
        try (Workbench wb = Workbench.open(db)) {
            List<Path> files = new ReportService(wb).allDistricts(2024, null, ReportOptions.defaults(),
                    dir.resolve("all"), (done, total, msg) -> steps.add(done), Cancellation.none());
            assertEquals(List.of("summary-2024-D01.pdf", "summary-2024-D02.pdf"),
                    files.stream().map(p -> p.getFileName().toString()).sorted().toList());
            String d02 = text(files.stream().filter(p -> p.toString().contains("D02")).findFirst().orElseThrow());
            assertTrue(d02.contains("50.0 \u25b2") || d02.contains("50.0"), "S3's PTR of 50 in the schools table");
            assertTrue(d02.contains("PTR above 40"));
        }
        assertFalse(steps.isEmpty());
    }

    @Test
    void aCancelledBatchStopsAndLeavesNoHalfFile() throws Exception {
        Cancellation cancel = Cancellation.none();
        cancel.cancel();
        try (Workbench wb = Workbench.open(db)) {
            assertThrows(CancelledException.class, () -> new ReportService(wb).allDistricts(2024, null,
                    ReportOptions.defaults(), dir.resolve("none"), Progress.NONE, cancel));
        }
        try (var files = Files.list(dir.resolve("none"))) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void unknownDistrictOrYearIsAPlainError() throws Exception {
        try (Workbench wb = Workbench.open(db)) {
            ReportService service = new ReportService(wb);
            Path out = dir.resolve("x.pdf");
            assertEquals("There is no district D09 in the 2024 returns; they name these districts: D01, D02.", assertThrows(ServiceException.class,
                    () -> service.district(2024, "D09", null, ReportOptions.defaults(), out)).getMessage());
            assertEquals("There are no returns for 2030 in this workspace.", assertThrows(ServiceException.class,
                    () -> service.district(2030, "D01", null, ReportOptions.defaults(), out)).getMessage());
        }
    }

    @Test
    void theExportKeepsNumbersAsNumbersAndSchoolNamesAsText() throws Exception {
        Path xlsx = dir.resolve("d01.xlsx");
        try (Workbench wb = Workbench.open(db)) {
            new ReportService(wb).export(2024, "D01", null, ReportOptions.defaults(), xlsx);
        }
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = WorkbookFactory.create(in)) {
            Sheet key = wb.getSheet("Key indicators");
            boolean found = false;
            for (var row : key) {
                if (row.getCell(1) != null && "pupil_teacher_ratio".equals(row.getCell(1).getStringCellValue())) {
                    assertEquals(30.0, row.getCell(2).getNumericCellValue(), 1e-9);
                    found = true;
                }
            }
            assertTrue(found);
            // By locality: S2 (rural) 25 pupils and 1 teacher, S1 (urban) 185 pupils and 6 teachers, D01 both.
            Sheet byLocality = wb.getSheet("By locality");
            assertEquals(List.of("Indicator", "id", "rural", "urban", "D01", "Note"), List.of(
                    byLocality.getRow(3).getCell(0).getStringCellValue(), byLocality.getRow(3).getCell(1)
                            .getStringCellValue(), byLocality.getRow(3).getCell(2).getStringCellValue(),
                    byLocality.getRow(3).getCell(3).getStringCellValue(), byLocality.getRow(3).getCell(4)
                            .getStringCellValue(), byLocality.getRow(3).getCell(5).getStringCellValue()));
            boolean ptrFound = false;
            for (var row : byLocality) {
                if (row.getCell(1) != null && "pupil_teacher_ratio".equals(row.getCell(1).getStringCellValue())) {
                    assertEquals(25.0, row.getCell(2).getNumericCellValue(), 1e-9);
                    assertEquals(185.0 / 6, row.getCell(3).getNumericCellValue(), 1e-9);
                    assertEquals(210.0 / 7, row.getCell(4).getNumericCellValue(), 1e-9);
                    ptrFound = true;
                }
            }
            assertTrue(ptrFound);
            assertTrue(wb.getSheet("By ownership") != null);
            Sheet schools = wb.getSheet("Schools");
            assertEquals("'" + ReportFixture.EVIL_NAME, schools.getRow(2).getCell(1).getStringCellValue());
            assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, schools.getRow(2).getCell(1).getCellType());
        }
    }

    @Test
    void theKeyIndicatorTableMatchesItsGoldenText() throws Exception {
        DistrictSummary s;
        try (Workbench wb = Workbench.open(db)) {
            s = new ReportService(wb).summary(2024, "D01", null, Locale.ENGLISH);
        }
        String golden;
        try (InputStream in = getClass().getResourceAsStream("/golden/key-indicators-D01-2024.txt")) {
            golden = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertEquals(golden, KeyIndicatorTable.asText(s, new ReportText(Locale.ENGLISH)));
    }

    @Test
    void theSummaryShowsKeyIndicatorsByLocalityAndOwnership() throws Exception {
        Path pdf = dir.resolve("d01-equity.pdf");
        DistrictSummary s;
        try (Workbench wb = Workbench.open(db)) {
            s = new ReportService(wb).summary(2024, "D01", null, Locale.ENGLISH);
            new ReportService(wb).district(2024, "D01", null, ReportOptions.defaults(), pdf);
        }
        ReportText en = new ReportText(Locale.ENGLISH);
        // S1 (urban, public): 90 girls + 95 boys, 4 + 2 teachers; S2 (rural, private): 10 + 3 girls and 12 boys
        // in G1, 1 teacher, electricity no, water yes. The district: both.
        assertEquals(List.of("Indicator", "rural", "urban", "D01"),
                EquityTable.header(s, en, org.emisworkbench.model.SchoolGroup.LOCALITY));
        List<List<String>> rows = EquityTable.rows(s, en, org.emisworkbench.model.SchoolGroup.LOCALITY);
        assertEquals(List.of("Enrolment", "25", "185", "210"), rows.get(0));
        List<String> ptr = rows.stream().filter(r -> r.get(0).equals("Pupil-teacher ratio")).findFirst().orElseThrow();
        // Without the marks of their notes (S2, rural, gives its women teachers only: decision 0077).
        assertEquals(List.of("Pupil-teacher ratio", "25.0",
                String.format(Locale.ROOT, "%.1f", 185.0 / 6), "30.0"), ptr.stream()
                .map(x -> x.replaceAll(" \\[\\d+\\]$", "")).toList());
        List<String> power = rows.stream().filter(r -> r.get(0).equals("Schools with electricity (%)")).findFirst()
                .orElseThrow();
        assertEquals(List.of("Schools with electricity (%)", "0.0%", "100.0%", "50.0%"), power);
        assertEquals(List.of("Indicator", "private", "public", "D01"),
                EquityTable.header(s, en, org.emisworkbench.model.SchoolGroup.OWNERSHIP));
        // The rural column's toilets: S2 answers none, so not available, never 0.
        List<String> toilets = rows.stream().filter(r -> r.get(0).startsWith("Schools with single-sex")).findFirst()
                .orElseThrow();
        assertEquals("n/a", toilets.get(1));
        String text = text(pdf);
        assertTrue(text.contains("Key indicators by locality, 2024"), text);
        assertTrue(text.contains("Key indicators by ownership, 2024"), text);
        assertTrue(squash(text).contains("Enrolment25185210"), "the locality table as printed");
    }

    @Test
    void aFrenchSummaryNamesOwnershipAndLocalityInFrench() throws Exception {
        Path pdf = dir.resolve("d01-fr-groups.pdf");
        DistrictSummary s;
        try (Workbench wb = Workbench.open(db)) {
            s = new ReportService(wb).summary(2024, "D01", null, Locale.FRENCH);
            new ReportService(wb).district(2024, "D01", null, ReportOptions.defaults().withLocale(Locale.FRENCH), pdf);
        }
        ReportText fr = new ReportText(Locale.FRENCH);
        // S1 is urban and public, S2 rural and private (the fixture).
        assertEquals(List.of("Indicateur", "rural", "urbain", "D01"),
                EquityTable.header(s, fr, org.emisworkbench.model.SchoolGroup.LOCALITY));
        assertEquals(List.of("Indicateur", "privé", "public", "D01"),
                EquityTable.header(s, fr, org.emisworkbench.model.SchoolGroup.OWNERSHIP));
        String text = text(pdf);
        String flat = squash(text);
        // The schools table: code, name, ownership, locality, level.
        assertTrue(flat.contains("S1AkunaPrimarypublicurbainprimaire"), text);
        assertTrue(flat.contains("privérural"), "S2's row and the cross table's private row: " + text);
        // Equity tables and the cross table of schools by ownership and locality.
        assertTrue(text.split("urbain", -1).length - 1 >= 3, "equity header, cross table, schools table");
        assertFalse(text.contains("private"), text);
        assertFalse(text.contains("urban"), text);
    }

    @Test
    void aFrenchSummaryNamesTheRulesInFrench() throws Exception {
        DistrictSummary s;
        try (Workbench wb = Workbench.open(db)) {
            wb.validation().validate(null, 2024, null, org.emisworkbench.model.Progress.NONE,
                    new org.emisworkbench.model.Cancellation());
            s = new ReportService(wb).summary(2024, "D01", null, Locale.FRENCH);
        }
        // The French titles, read from the pack file itself (a finding stores its title in English only).
        var pack = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                ReportServiceTest.class.getResourceAsStream("/rules/default-census.json"));
        java.util.Map<String, String> french = new java.util.HashMap<>();
        pack.get("rules").forEach(r -> french.put(r.get("id").asText(), r.get("title").get("fr").asText()));
        var byRule = s.quality().byRule();
        assertFalse(byRule.isEmpty(), "the fixture raises findings in D01");
        for (var r : byRule) {
            assertEquals(french.get(r.ruleId()), r.title(), r.ruleId());
        }
    }
}
