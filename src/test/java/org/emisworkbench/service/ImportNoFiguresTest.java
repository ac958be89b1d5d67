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

    /**
     * Review 16: a script wrote every count as a formula without its result. The template fits; the warning must say
     * the formulas are why nothing was stored, and how to mend the file, not send the officer to the template.
     */
    @Test
    void countsThatAreAllFormulasWithoutResultsAreSaidSo() throws Exception {
        String template = """
                {"id": "grade-one", "version": 1, "layout": "wide",
                 "sheets": [{"names": ["Effectifs"], "key": ["Code école"],
                   "columns": [{"headers": ["Nom de l'école"], "field": "school.name"},
                               {"headers": ["CP1 Garçons"], "field": "enrolment", "grade": "G1", "sex": "M"},
                               {"headers": ["CP1 Filles"], "field": "enrolment", "grade": "G1", "sex": "F"}]}]}
                """;
        try (XSSFWorkbook wb = new XSSFWorkbook(); TemplateImports imports = new TemplateImports(dir)) {
            Sheet s = wb.createSheet("Effectifs");
            Row header = s.createRow(0);
            String[] heads = {"Code école", "Nom de l'école", "CP1 Garçons", "CP1 Filles"};
            for (int c = 0; c < heads.length; c++) {
                header.createCell(c).setCellValue(heads[c]);
            }
            for (int r = 1; r <= 3; r++) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue("BF-" + (700 + r));
                row.createCell(1).setCellValue("EPP " + r);
                // Written by a program that does not calculate: the formula is saved without its value.
                row.createCell(2).setCellFormula(r + "0+" + r);
                row.createCell(3).setCellFormula(r + "1+" + r);
            }
            FileResult f = imports.importWith(wb, "kadiogo-2024.xlsx", template, 2024);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertEquals(0, f.valuesStored());
            assertTrue(f.hasWarnings());
            String w = f.warningSummary().english();
            assertTrue(w.startsWith("3 school(s) stored with their details but not one figure: 6 count cell(s)"
                    + " (Effectifs!C2 … Effectifs!D4) are formulas saved without their result"), w);
            assertTrue(w.contains("Open the file in Excel or LibreOffice, save it"), w);
            assertTrue(!w.contains("the template reads none"), "the template is not to blame: " + w);
            assertTrue(f.warningSummary().in(java.util.Locale.FRENCH).contains("formules enregistrées sans leur résultat"));
        }
    }
}
