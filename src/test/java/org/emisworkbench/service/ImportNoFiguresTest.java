package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A census return whose template reads its schools but not one figure is "OK with warnings", never a plain OK. */
class ImportNoFiguresTest {
    @TempDir
    Path dir;

    @Test
    void schoolsWithoutAnyFigureAreAWarning() throws Exception {
        String template = """
                {"id": "names-only", "version": 1, "layout": "wide",
                 "sheets": [{"names": ["Schools"], "key": ["School code"],
                   "columns": [{"headers": ["School name"], "field": "school.name"}]}]}
                """;
        try (XSSFWorkbook wb = new XSSFWorkbook(); TemplateImports imports = new TemplateImports(dir)) {
            Sheet s = wb.createSheet("Schools");
            String[][] rows = {{"School code", "School name"}, {"SB-0710", "Auki"}, {"SB-0711", "Gizo"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue(rows[r][0]);
                row.createCell(1).setCellValue(rows[r][1]);
            }
            FileResult f = imports.importWith(wb, "malaita-2024.xlsx", template, 2024);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertEquals(2, f.schoolsAdded());
            assertEquals(0, f.valuesStored());
            assertTrue(f.hasWarnings());
            String w = f.warningSummary().english();
            assertTrue(w.startsWith("2 school(s) stored with their details but not one figure"), w);
            assertTrue(f.warningSummary().in(java.util.Locale.FRENCH).startsWith("2 école(s) enregistrée(s)"));
        }
    }
}
