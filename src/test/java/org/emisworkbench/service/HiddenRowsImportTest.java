package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.emisworkbench.model.SkipReason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A district file where the clerk hid rows rather than delete them: an old figure of a school kept above
 * the corrected row, and a school that closed. What the officer sees is what is imported: the hidden rows
 * are left out and named in a warning, in .xlsx and in the old .xls alike. Written by the test.
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
    void hiddenRowsAreLeftOutAndNamedNeverReadUnseen(String kind) throws Exception {
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

            // Expected from the visible rows only, worked out here from ROWS.
            int visibleSchools = 0;
            for (Object[] r : ROWS) {
                visibleSchools += (Boolean) r[4] ? 0 : 1;
            }
            assertEquals(visibleSchools, f.schoolsAdded(), "VU-1201 (corrected), VU-1202, VU-1203");
            var g1 = new SchoolDetails(imports.workbench).figures("VU-1201", 2024, null).stream()
                    .filter(row -> row.slot() == 1).findFirst().orElseThrow();
            assertEquals(37, g1.male(), "the visible, corrected row");
            assertEquals(30, g1.female());
            assertTrue(new SchoolDetails(imports.workbench).figures("VU-1299", 2024, null).isEmpty(),
                    "the hidden closed school is not imported");
            assertFalse(f.problems().stream().anyMatch(p -> p.kind().equals("DUPLICATE_SCHOOL")),
                    "the hidden old row is no second VU-1201: " + f.problems());

            assertEquals(Integer.valueOf(2), f.skipped().get(SkipReason.HIDDEN_ROW), f.skipped().toString());
            assertTrue(f.hasWarnings());
            assertEquals(1, f.hiddenRows().size());
            assertEquals(List.of(1, 4), f.hiddenRows().get(0).rows());
            String warning = f.warningSummary().english();
            assertTrue(warning.startsWith("Enrolment 2024: 2 hidden row(s) with cells not read (rows 2, 5)"), warning);
            assertTrue(f.warnings().stream().anyMatch(m -> m.in(java.util.Locale.FRENCH)
                    .contains("2 ligne(s) masquée(s)")), f.warnings().toString());

            // The check says the same before anything is stored.
            var check = new TemplateWorkshop(TemplateCatalog.load(null)).check(file, template.toString(), 2024,
                    Cancellation.none());
            assertEquals(Integer.valueOf(2), check.skipped().get(SkipReason.HIDDEN_ROW), check.skipped().toString());
            assertNull(check.refused());
        }
    }
}
