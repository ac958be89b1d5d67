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
