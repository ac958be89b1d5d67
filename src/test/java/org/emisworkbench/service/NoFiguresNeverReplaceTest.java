package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AreaSelector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corrected return read with a template that reads none of its figures (its headers say "Garçons 1re année"
 * where the template expects "Grade 1 M") must not replace the earlier returns by nothing: it is refused, named,
 * and the earlier figures stay.
 */
class NoFiguresNeverReplaceTest {
    private static final String TEMPLATE = """
            {"id": "by-grade", "version": 1, "layout": "wide",
             "sheets": [{"names": ["Enrolment"], "key": ["School code"],
               "columns": [{"headers": ["School name"], "field": "school.name"},
                           {"patterns": ["Grade {grade} {sex}"], "field": "enrolment"}]}]}
            """;

    @TempDir
    java.nio.file.Path dir;

    @Test
    void aCorrectedReturnWhoseTemplateReadsNoFigureIsRefusedAndTheEarlierFiguresStay() throws Exception {
        int[][] first = {{31, 29}, {18, 22}};
        long firstTotal = 31 + 29 + 18 + 22;
        try (TemplateImports imports = new TemplateImports(dir)) {
            FileResult before = imports.importWith(workbook(new String[] {"Grade 1 M", "Grade 1 F"}, first),
                    "kasama-2024.xlsx", TEMPLATE, 2024);
            assertEquals(FileOutcome.IMPORTED, before.outcome(), before.message());
            assertEquals(4, before.valuesStored());

            int[][] corrected = {{31, 35}, {18, 27}};
            FileResult after = imports.importWith(workbook(new String[] {"Garçons 1re année", "Filles 1re année"},
                    corrected), "kasama-corrected-2024.xlsx", TEMPLATE, 2024);
            assertEquals(FileOutcome.FAILED, after.outcome(), "refused, not \"2 replaced, 0 values\"");
            assertTrue(after.message().contains("kasama-corrected-2024.xlsx") && after.message().contains("by-grade")
                    && after.message().contains("2 school(s)"), after.message());
            double enrolment = imports.indicator(2024, AreaSelector.country(), "enrolment_total").value();
            assertEquals(firstTotal, (long) enrolment, "the earlier figures are kept as they were");
            assertEquals(2, imports.workbench.schools(2024, null).size());
        }
    }

    /** The best fit of a file, chosen automatically, finds the codes and names but no figure column: no match. */
    @Test
    void aBestFitThatReadsNoFigureIsNoMatch() throws Exception {
        java.nio.file.Path templates = java.nio.file.Files.createDirectories(dir.resolve("templates"));
        java.nio.file.Files.writeString(templates.resolve("by-grade.json"), TEMPLATE);
        java.nio.file.Path file = dir.resolve("kasama-2024.xlsx");
        try (XSSFWorkbook wb = workbook(new String[] {"Garçons 1re année", "Filles 1re année"}, new int[][] {{3, 4}});
             java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            wb.write(out);
        }
        try (TemplateImports imports = new TemplateImports(dir)) {
            ImportReport r = new ImportService(imports.workbench, TemplateCatalog.load(templates)).importFiles(
                    new ImportRequest(java.util.List.of(file), null, 2024), org.emisworkbench.model.Progress.NONE,
                    org.emisworkbench.model.Cancellation.none());
            FileResult f = r.files().get(0);
            assertEquals(FileOutcome.FAILED, f.outcome(), "not stored as \"OK with warnings\", 0 values");
            assertTrue(f.message().contains("by-grade") && f.message().contains("reads not one figure"), f.message());
            assertEquals(0, imports.workbench.schools(2024, null).size());
        }
    }

    private static XSSFWorkbook workbook(String[] figureHeaders, int[][] figures) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Enrolment");
        Row h = s.createRow(0);
        h.createCell(0).setCellValue("School code");
        h.createCell(1).setCellValue("School name");
        for (int c = 0; c < figureHeaders.length; c++) {
            h.createCell(2 + c).setCellValue(figureHeaders[c]);
        }
        for (int i = 0; i < figures.length; i++) {
            Row r = s.createRow(1 + i);
            r.createCell(0).setCellValue("KS-00" + (i + 1));
            r.createCell(1).setCellValue("Kasama " + (i + 1));
            for (int c = 0; c < figures[i].length; c++) {
                r.createCell(2 + c).setCellValue(figures[i][c]);
            }
        }
        return wb;
    }
}
