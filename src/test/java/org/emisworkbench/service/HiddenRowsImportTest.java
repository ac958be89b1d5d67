package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A district file where the clerk hid rows rather than delete them: an old figure of a school kept above
 * the corrected row, and a school that closed. Hidden rows are read like the others (Excel's own sums count
 * them) but never unseen: the import names them in a warning, in .xlsx and in the old .xls alike, and the
 * school given twice is reported as such. Written by the test.
 */
class HiddenRowsImportTest {
    private static final String TEMPLATE = """
            {"id": "hidden-rows", "version": 1, "layout": "wide",
             "sheets": [{"names": ["Enrolment 2024"], "key": ["School code"],
               "columns": [
                 {"patterns": ["Year {grade} {sex}"], "field": "enrolment"},
                 {"headers": ["School name"], "field": "school.name"}]}]}
            """;

    @TempDir
    Path dir;

    /** code, name, Year 1 Male, Year 1 Female, hidden. */
    private static final Object[][] ROWS = {
        {"VU-1201", "Lenakel", 31, 29, true},      // the old figures, hidden above the corrected row
        {"VU-1202", "Isangel", 18, 22, false},
        {"VU-1201", "Lenakel", 37, 30, false},     // the corrected row the clerk typed below
        {"VU-1299", "Closed school", 340, 339, true},
        {"VU-1203", "Whitesands", 12, 14, false},
    };

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void hiddenRowsAreReadAndNamedNeverPassUnseen(String kind) throws Exception {
        Path file = dir.resolve("tafea-2024." + kind);
        try (Workbook wb = kind.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook();
             OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Enrolment 2024");
            Row h = s.createRow(0);
            String[] headers = {"School code", "School name", "Year 1 Male", "Year 1 Female"};
            for (int c = 0; c < headers.length; c++) {
                h.createCell(c).setCellValue(headers[c]);
            }
            for (int i = 0; i < ROWS.length; i++) {
                Row r = s.createRow(i + 1);
                r.createCell(0).setCellValue((String) ROWS[i][0]);
                r.createCell(1).setCellValue((String) ROWS[i][1]);
                r.createCell(2).setCellValue((Integer) ROWS[i][2]);
                r.createCell(3).setCellValue((Integer) ROWS[i][3]);
                r.setZeroHeight((Boolean) ROWS[i][4]);
            }
            // A hidden row of formatted empty cells loses nothing and is not reported.
            Row empty = s.createRow(ROWS.length + 1);
            empty.createCell(0);
            empty.setZeroHeight(true);
            wb.write(out);
        }
        Path template = Files.writeString(dir.resolve("t.json"), TEMPLATE);
        try (TemplateImports imports = new TemplateImports(dir)) {
            FileResult f = new ImportService(imports.workbench, TemplateCatalog.load(null)).importFiles(
                    new ImportRequest(List.of(file), template.toString(), 2024), Progress.NONE, Cancellation.none())
                    .files().get(0);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());

            // Every row is read, hidden or not; VU-1201's visible row is its return, the hidden old one set aside
            // and named (DUPLICATE_SCHOOL at the hidden row).
            java.util.Set<Object> codes = new java.util.HashSet<>();
            for (Object[] r : ROWS) {
                codes.add(r[0]);
            }
            assertEquals(codes.size(), f.schoolsAdded());
            var g1 = new SchoolDetails(imports.workbench).figures("VU-1201", 2024, null).stream()
                    .filter(row -> row.slot() == 1).findFirst().orElseThrow();
            assertEquals(37, g1.male(), "the visible row, not the hidden old one above it");
            assertEquals(30, g1.female());
            assertTrue(f.problems().stream().anyMatch(p -> p.kind().equals("DUPLICATE_SCHOOL")
                    && p.firstCell().equals("Enrolment 2024!A2") && p.count() == 1), f.problems().toString());
            assertEquals(List.of(1), f.hiddenRows().get(0).setAside(), "the hidden row set aside");
            assertFalse(new SchoolDetails(imports.workbench).figures("VU-1299", 2024, null).isEmpty());

            assertTrue(f.hasWarnings());
            assertEquals(1, f.hiddenRows().size());
            assertEquals(List.of(1, 4), f.hiddenRows().get(0).rows(), "0-based; the empty hidden row is not listed");
            String warning = f.warningSummary().english();
            assertTrue(warning.startsWith("Enrolment 2024: 2 hidden row(s) read (rows 2, 5)"), warning);
            assertTrue(warning.contains("Enrolment 2024: hidden row(s) 2 set aside"), warning);
            assertTrue(f.warnings().stream().anyMatch(m -> m.in(java.util.Locale.FRENCH)
                    .contains("2 ligne(s) masquée(s) lue(s)")), f.warnings().toString());

            // The check names them before anything is stored.
            var check = new TemplateWorkshop(TemplateCatalog.load(null)).check(file, template.toString(), 2024,
                    Cancellation.none());
            assertEquals(f.hiddenRows(), check.hiddenRows());
        }
    }
}
