package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A census return whose template reads its schools but not one figure: for schools the workspace holds, "OK with
 * warnings", never a plain OK; for schools it does not hold, refused whole (decision 0051): such schools are
 * headings or labels read as codes, and nothing of the file is kept.
 */
class ImportNoFiguresTest {
    @TempDir
    Path dir;

    private static final String NAMES_ONLY = """
            {"id": "names-only", "version": 1, "layout": "wide",
             "sheets": [{"names": ["Schools"], "key": ["School code"],
               "columns": [{"headers": ["School name"], "field": "school.name"}]}]}
            """;
    private static final String WITH_FIGURES = """
            {"id": "with-figures", "version": 1, "layout": "wide",
             "sheets": [{"names": ["Schools"], "key": ["School code"],
               "columns": [{"headers": ["School name"], "field": "school.name"},
                           {"patterns": ["Grade {grade} {sex}"], "field": "enrolment"}]}]}
            """;

    private static XSSFWorkbook schools(String[][] rows) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Schools");
        for (int r = 0; r < rows.length; r++) {
            Row row = s.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                row.createCell(c).setCellValue(rows[r][c]);
            }
        }
        return wb;
    }

    @Test
    void knownSchoolsWithoutAnyFigureAreAWarning() throws Exception {
        try (TemplateImports imports = new TemplateImports(dir)) {
            FileResult first = imports.importWith(schools(new String[][] {{"School code", "School name",
                    "Grade 1 Boys"}, {"SB-0710", "Auki", "31"}, {"SB-0711", "Gizo", "28"}}), "malaita-a-2023.xlsx",
                    WITH_FIGURES, 2023);
            assertEquals(FileOutcome.IMPORTED, first.outcome(), first.message());
            FileResult f = imports.importWith(schools(new String[][] {{"School code", "School name"},
                    {"SB-0710", "Auki"}, {"SB-0711", "Gizo"}}), "malaita-2024.xlsx", NAMES_ONLY, 2024);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertEquals(2, f.schoolsAdded(), "two returns of schools the workspace holds");
            assertEquals(0, f.valuesStored());
            assertTrue(f.hasWarnings());
            String w = f.warningSummary().english();
            assertTrue(w.startsWith("2 school(s) stored with their details but not one figure"), w);
            assertTrue(f.warningSummary().in(java.util.Locale.FRENCH).startsWith("2 école(s) enregistrée(s)"));
        }
    }

    @Test
    void newSchoolsWithoutAnyFigureRefuseTheFileNamingWhereTheyStand() throws Exception {
        try (TemplateImports imports = new TemplateImports(dir)) {
            // A form's age labels taken for school codes by a template that does not fit it (review 16, S3).
            FileResult f = imports.importWith(schools(new String[][] {{"School code", "School name"},
                    {"<6", "Grade 2"}, {"6", "5.0"}, {"7", "Boys"}}), "phantoms-2024.xlsx", NAMES_ONLY, 2024);
            assertEquals(FileOutcome.FAILED, f.outcome(), f.message());
            assertTrue(f.message().contains("would add 3 school(s) the workspace does not hold (Schools!A2 <6,"
                    + " Schools!A3 6, Schools!A4 7)"), f.message());
            assertTrue(f.message().contains("Nothing was stored"), f.message());
            assertTrue(imports.workbench.schools(null, null).isEmpty(), "no school kept");
        }
    }
}
